package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DramControllerTest {

    private final DramConfig ddr4 = DramPresets.load("ddr4-2400");

    @Test
    void rowHitIsFasterThanClosedBankWhichIsFasterThanRowConflict() {
        SystemDriver d = new SystemDriver(ddr4);
        long first = d.mapping.address(0, 0, 1, 2, 100, 0);
        long sameRow = d.mapping.address(0, 0, 1, 2, 100, 1);
        long otherRow = d.mapping.address(0, 0, 1, 2, 200, 0);
        d.tickThenAdd("closed", first, false);
        d.tick(200);
        d.tickThenAdd("hit", sameRow, false);
        d.tick(200);
        d.tickThenAdd("conflict", otherRow, false);
        d.tick(200);
        int rl = ddr4.cycles("RL"), bl = ddr4.burstCycles();
        // One cycle to move the request into its command queue, then the command(s), then RL + burst.
        assertThat(d.latencyOf("hit")).isEqualTo(1 + rl + bl);
        assertThat(d.latencyOf("closed")).isEqualTo(1 + ddr4.cycles("tRCD") + rl + bl);
        assertThat(d.latencyOf("conflict")).isEqualTo(1 + ddr4.cycles("tRP") + ddr4.cycles("tRCD") + rl + bl);
        assertThat(d.system.channel(0).stats().readRowHits()).isEqualTo(1);
    }

    @Test
    void closePageAutoPrechargesSoNoAccessHitsTheRow() {
        DramConfig closed = SystemDriver.withPolicy(ddr4, RowBufferPolicy.CLOSE_PAGE);
        SystemDriver d = new SystemDriver(closed);
        d.tickThenAdd("a", d.mapping.address(0, 0, 0, 0, 7, 0), false);
        d.tick(200);
        d.tickThenAdd("b", d.mapping.address(0, 0, 0, 0, 7, 1), false);
        d.tick(200);
        assertThat(d.commands(DramCommandType.READ_PRECHARGE)).isEqualTo(2);
        assertThat(d.commands(DramCommandType.ACTIVATE)).isEqualTo(2);
        assertThat(d.commands(DramCommandType.PRECHARGE)).isZero();
        assertThat(d.latencyOf("b")).isEqualTo(d.latencyOf("a"));
    }

    @Test
    void activationWindowAllowsOnlyFourActivatesPerTfaw() {
        SystemDriver d = new SystemDriver(ddr4);
        // Five closed banks of rank 0, spread over bank groups so only tRRD_S (4) separates the first four.
        int[][] banks = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {0, 1}};
        for (int i = 0; i < banks.length; i++) {
            d.tickThenAdd("r" + i, d.mapping.address(0, 0, banks[i][0], banks[i][1], 10, 0), false);
        }
        d.tick(300);
        long firstDone = d.completedAt.get("r0");
        long fourthDone = d.completedAt.get("r3");
        long fifthDone = d.completedAt.get("r4");
        assertThat(fourthDone - firstDone).isEqualTo(3L * ddr4.cycles("tRRD_S"));
        // The fifth activate waits for the window opened by the first: tFAW after it.
        assertThat(fifthDone - firstDone).isEqualTo(ddr4.cycles("tFAW"));
    }

    @Test
    void refreshIsRequestedEveryTrefiPerRankInTurn() {
        SystemDriver d = new SystemDriver(ddr4);
        int tREFI = ddr4.cycles("tREFI");
        int ranks = ddr4.organization().ranks();
        d.tick(10L * tREFI);
        // One rank every tREFI / ranks cycles: each rank refreshes once per tREFI.
        assertThat(d.commands(DramCommandType.REFRESH)).isEqualTo(10L * ranks - 1);
    }

    @Test
    void refreshPrechargesOpenBanksAndDelaysRequestsBehindIt() {
        SystemDriver d = new SystemDriver(ddr4);
        int interval = ddr4.cycles("tREFI") / ddr4.organization().ranks();
        long addr = d.mapping.address(0, 0, 0, 0, 5, 0);
        d.tick(interval - 50);
        d.tickThenAdd("open", addr, false); // leaves the row open just before rank 0's refresh
        d.tick(100);
        d.tickThenAdd("after", d.mapping.address(0, 0, 0, 0, 5, 1), false);
        d.tick(1000);
        assertThat(d.commands(DramCommandType.REFRESH)).isEqualTo(1);
        assertThat(d.commands(DramCommandType.PRECHARGE)).isEqualTo(1);
        // The row was closed by the refresh, and the rank is busy for tRFC: the second read waits and misses.
        assertThat(d.latencyOf("after")).isGreaterThan(ddr4.cycles("tRCD") + ddr4.cycles("RL"));
        assertThat(d.system.channel(0).stats().readRowHits()).isZero();
    }

    @Test
    void writesArePostedReadsOfBufferedDataAreForwardedAndDrainStartsAtTheThreshold() {
        SystemDriver d = new SystemDriver(ddr4);
        int threshold = DramController.OPPORTUNISTIC_DRAIN_WRITES + 1; // starts a drain when no command is queued
        for (int i = 0; i < threshold - 1; i++) {
            d.tickThenAdd("w" + i, d.mapping.address(0, 0, 0, 0, 3, i), true);
        }
        d.tickThenAdd("forwarded", d.mapping.address(0, 0, 0, 0, 3, 0), false);
        d.tick(500);
        assertThat(d.latencyOf("w0")).isEqualTo(1);
        assertThat(d.latencyOf("forwarded")).isEqualTo(1);
        assertThat(d.commands(DramCommandType.WRITE)).isZero(); // below the drain threshold, writes wait
        d.tickThenAdd("w-last", d.mapping.address(0, 0, 0, 0, 3, threshold), true);
        d.tick(500);
        assertThat(d.commands(DramCommandType.WRITE)).isEqualTo(threshold);
        assertThat(d.system.channel(0).stats().writeRowHits()).isEqualTo(threshold - 1);
    }

    @Test
    void readsOfTheSameAddressShareOneColumnCommand() {
        SystemDriver d = new SystemDriver(ddr4);
        long a = d.mapping.address(0, 1, 3, 3, 9, 9);
        d.tickThenAdd("x", a, false);
        d.tickThenAdd("y", a, false);
        d.tick(200);
        assertThat(d.commands(DramCommandType.READ)).isEqualTo(1);
        assertThat(d.latencyOf("y")).isEqualTo(d.latencyOf("x") - 1);
    }

    @Test
    void backPressureWhenTheTransactionQueueIsFull() {
        SystemDriver d = new SystemDriver(ddr4);
        int capacity = ddr4.controller().transactionQueueSize();
        // Requests to one bank, different rows: each needs PRE/ACT, so the queue fills up.
        int accepted = 0;
        for (int i = 0; i < 4 * capacity; i++) {
            d.system.tick();
            long addr = d.mapping.address(0, 0, 0, 0, i, 0);
            if (d.system.willAccept(addr, false)) {
                d.system.add(addr, false, "r" + i);
                accepted++;
            }
        }
        assertThat(accepted).isLessThan(4 * capacity);
        assertThat(d.system.willAccept(d.mapping.address(0, 0, 0, 0, 999, 0), false)).isFalse();
    }

    @Test
    void readyRowHitOvertakesAnOlderRowMissWithEitherQueueStructure() {
        for (QueueStructure structure : dev.precis.tlm.describe.PolicyRegistry.load(QueueStructure.class).all()) {
            ControllerPolicy p = ddr4.controller();
            DramConfig c = new DramConfig(ddr4.name(), ddr4.protocol(), ddr4.standard(), ddr4.organization(), ddr4.tckNs(),
                    ddr4.timingCycles(), ddr4.power(), new ControllerPolicy(p.addressMapping(), structure, p.rowBufferPolicy(),
                    p.commandQueueSize(), p.transactionQueueSize(), p.unifiedQueue(), p.refreshPolicy(),
                    p.dualCommandIssue()));
            SystemDriver d = new SystemDriver(c);
            // Three requests to one bank back to back: the row-1 read opens the row; the older row-2 read
            // may not precharge while the queued row-1 hit is pending, so the hit goes first.
            d.tickThenAdd("open", d.mapping.address(0, 0, 2, 1, 1, 0), false);
            d.tickThenAdd("miss", d.mapping.address(0, 0, 2, 1, 2, 0), false);
            d.tickThenAdd("hit", d.mapping.address(0, 0, 2, 1, 1, 5), false);
            d.tick(200);
            assertThat(d.completedAt.get("hit")).as(structure.policyName()).isLessThan(d.completedAt.get("miss"));
            assertThat(d.completedAt.get("hit")).as(structure.policyName()).isGreaterThan(d.completedAt.get("open"));
            assertThat(d.system.channel(0).stats().readRowHits()).as(structure.policyName()).isEqualTo(1);
        }
    }
}
