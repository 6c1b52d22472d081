package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When the controller drains its write buffer, checked against cycles derived by hand from DRAMSim3's rules
 * (umd-memsys/DRAMsim3 src/controller.cc ScheduleTransaction, src/timing.cc) on HBM2_8Gb_x128:
 * tCK = 1, RL = CL = 14, WL = CWL = 4, tBL = BL/2 = 2, tRCDRD = tRCDWR = 14, tCCD_L = 2, tWTR_S = 6,
 * tRTRS = 2, 8-entry command queues per bank, 32-entry write buffer, dual command issue (a row and a column
 * command in one cycle). Derived gaps: write to write in one bank group max(tBL, tCCD_L) = 2; write to read in
 * another bank group WL + tBL + tWTR_S = 12; read to write RL + tBL - WL + tRTRS = 14; a read's data returns
 * RL + tBL = 16 after its column command. A request added at cycle c moves to its command queue in the tick
 * of cycle c at the earliest.
 */
class WriteDrainTest {

    private final DramConfig hbm2 = DramPresets.load("hbm2");

    @Test
    void theHandDerivedGapsAreThoseOfTheHbm2Preset() {
        assertThat(hbm2.cycles("RL")).isEqualTo(14);
        assertThat(hbm2.cycles("WL")).isEqualTo(4);
        assertThat(hbm2.burstCycles()).isEqualTo(2);
        assertThat(hbm2.cycles("tRCDRD")).isEqualTo(14);
        assertThat(hbm2.cycles("tRCDWR")).isEqualTo(14);
        assertThat(hbm2.cycles("tCCD_L")).isEqualTo(2);
        assertThat(hbm2.cycles("tWTR_S")).isEqualTo(6);
        assertThat(hbm2.cycles("tRTRS")).isEqualTo(2);
        assertThat(hbm2.controller().commandQueueSize()).isEqualTo(8);
        assertThat(hbm2.controller().transactionQueueSize()).isEqualTo(32);
        assertThat(hbm2.controller().dualCommandIssue()).isTrue();
    }

    @Test
    void eightBufferedWritesWaitAndANinthStartsADrainWhenNoCommandIsQueued() {
        SystemDriver d = new SystemDriver(hbm2);
        writesToBankZero(d, 8);
        d.tickThenAdd("forwarded", d.mapping.address(0, 0, 0, 0, 3, 2), false);
        d.tick(1000);
        assertThat(d.latencyOf("w0")).as("posted").isEqualTo(1);
        assertThat(d.latencyOf("forwarded")).as("answered from the write buffer").isEqualTo(1);
        assertThat(d.commands(DramCommandType.WRITE)).as("eight writes are not more than eight").isZero();
        assertThat(d.system.isIdle()).isTrue();
        d.tickThenAdd("w8", d.mapping.address(0, 0, 0, 0, 3, 8), true);
        d.tick(1000);
        assertThat(d.commands(DramCommandType.WRITE)).isEqualTo(9);
        assertThat(d.commands(DramCommandType.ACTIVATE)).isEqualTo(1);
    }

    /**
     * Nine writes to bank (0, 0) arrive at cycles 1..9, a read to bank group 1 at cycle 10. Cycle 9: nine writes
     * and no command queued, so the drain starts and w0 moves. 10: ACT for the writes; w1..w7 move at 10..16,
     * filling the bank's queue, so w8 waits and the drain holds the read back. 24 (ACT + tRCDWR): w0's WRITE; w8
     * moves and the drain ends. 25: the read moves. 26: w1's WRITE and, on the row bus, the read's ACT. Writes
     * every 2 cycles: w8 at 40. The read's bank is open at 26 + 14 = 40, but the last WRITE in another bank group
     * holds it to 40 + 12 = 52; its data is back at 52 + 16 = 68: 58 cycles after it arrived. (Without the drain
     * the read would take 1 + tRCDRD + RL + tBL = 31.)
     */
    @Test
    void aReadArrivingDuringADrainWaitsForTheDrainedWritesAndTheWriteToReadTurnaround() {
        SystemDriver d = new SystemDriver(hbm2);
        writesToBankZero(d, 9);
        long otherBankGroup = d.mapping.address(0, 0, 1, 0, 5, 0);
        d.tickThenAdd("read", otherBankGroup, false);
        d.tick(200);
        assertThat(d.completedAt.get("read")).as("completion cycle").isEqualTo(68);
        assertThat(d.latencyOf("read")).isEqualTo(58);
        assertThat(d.commands(DramCommandType.WRITE)).isEqualTo(9);
    }

    /**
     * A read to bank group 1 arrives at cycle 1 (moves at 1, ACT at 2, READ at 2 + tRCDRD = 16, data at 32:
     * latency 31); nine writes to bank (0, 0) arrive at cycles 2..10. While the read's command is queued the
     * writes wait, though the read queue is empty. 16: the READ leaves the command queue, the drain starts, w0
     * moves. 17: ACT for the writes. w0's WRITE: ACT + tRCDWR = 31, and READ + 14 = 30, so 31.
     */
    @Test
    void aQueuedCommandHoldsTheDrainBackEvenWithNoReadWaitingInTheReadQueue() {
        SystemDriver d = new SystemDriver(hbm2);
        d.tickThenAdd("read", d.mapping.address(0, 0, 1, 0, 5, 0), false);
        writesToBankZero(d, 9);
        assertThat(d.system.cycle()).isEqualTo(10);
        d.tick(21); // the ticks of cycles 10..30
        assertThat(d.commands(DramCommandType.ACTIVATE)).isEqualTo(2);
        assertThat(d.commands(DramCommandType.WRITE)).isZero();
        d.tick(1); // cycle 31
        assertThat(d.commands(DramCommandType.WRITE)).isEqualTo(1);
        d.tick(100);
        assertThat(d.latencyOf("read")).isEqualTo(31);
        assertThat(d.commands(DramCommandType.WRITE)).isEqualTo(9);
    }

    /** Writes w0, w1, ... to columns 0, 1, ... of row 3 of bank group 0, bank 0, channel 0, one per cycle. */
    private static void writesToBankZero(SystemDriver d, int count) {
        for (int i = 0; i < count; i++) {
            d.tickThenAdd("w" + i, d.mapping.address(0, 0, 0, 0, 3, i), true);
        }
    }
}
