package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.Command;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.Phase;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DramComponentTest {

    private final DramConfig ddr4 = DramPresets.load("ddr4-2400");
    private final AddressMapping map = AddressMapping.of(ddr4);

    private static long responseTime(ComponentHarness h, long id) {
        return h.sent("in").stream().filter(s -> s.tx().id() == id && s.phase() == Phase.BEGIN_RESP)
                .mapToLong(Sent::timePs).findFirst().orElseThrow(() -> new AssertionError("no response for " + id));
    }

    @Test
    void rowHitIsAnsweredSoonerThanRowMiss() {
        ComponentHarness h = ComponentHarness.of(new DramComponent(ddr4));
        long open = SimTime.ns(10), hit = SimTime.ns(500), miss = SimTime.ns(1000);
        h.deliver("in", Transaction.read(1, map.address(0, 0, 1, 1, 40, 0), 64), open);
        h.deliver("in", Transaction.read(2, map.address(0, 0, 1, 1, 40, 1), 64), hit);
        h.deliver("in", Transaction.read(3, map.address(0, 0, 1, 1, 41, 0), 64), miss);
        h.run();
        long hitLatency = responseTime(h, 2) - hit;
        long missLatency = responseTime(h, 3) - miss;
        assertThat(hitLatency).isLessThan(missLatency);
        // The row miss costs a precharge and an activate more than the hit: tRP + tRCD cycles.
        double extraNs = (missLatency - hitLatency) / 1000.0;
        assertThat(extraNs).isCloseTo((ddr4.cycles("tRP") + ddr4.cycles("tRCD")) * ddr4.tckNs(),
                org.assertj.core.data.Offset.offset(2 * ddr4.tckNs()));
        assertThat(h.stats().counter("dut.readRowHits")).isEqualTo(1);
        assertThat(h.stats().counter("dut.reads")).isEqualTo(3);
    }

    @Test
    void endReqIsDelayedWhileTheQueueIsFull() {
        ComponentHarness h = ComponentHarness.of(new DramComponent(ddr4));
        // The transaction queue plus the bank's command queue hold this many before END_REQ must wait.
        int held = ddr4.controller().transactionQueueSize() + ddr4.controller().commandQueueSize();
        int n = held + 8;
        for (int i = 0; i < n; i++) { // one bank, a new row each: every request needs PRE + ACT
            h.deliver("in", Transaction.read(i, map.address(0, 0, 0, 0, i, 0), 64), SimTime.ns(1));
        }
        h.run();
        List<Long> endReq = h.sent("in").stream().filter(s -> s.phase() == Phase.END_REQ).map(Sent::timePs).toList();
        assertThat(endReq).hasSize(n);
        long cyclePs = ddr4.tckPs();
        // The first requests are accepted one per DRAM cycle; once the queue is full, acceptance waits for service.
        assertThat(endReq.get(1) - endReq.get(0)).isLessThanOrEqualTo(cyclePs + 1);
        long longestGap = 0;
        for (int i = 1; i < n; i++) {
            longestGap = Math.max(longestGap, endReq.get(i) - endReq.get(i - 1));
        }
        assertThat(longestGap).isGreaterThan(10 * cyclePs);
        assertThat(h.stats().counter("dut.backPressureCycles")).isPositive();
        assertThat(h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP)).hasSize(n);
    }

    @Test
    void refreshHappensOncePerRankEveryTrefiEvenWhileIdleBetweenRequests() {
        ComponentHarness h = ComponentHarness.of(new DramComponent(ddr4));
        int tREFI = ddr4.cycles("tREFI");
        long lastNs = Math.round(10 * tREFI * ddr4.tckNs());
        h.deliver("in", Transaction.read(1, 0x40, 64), SimTime.ns(1));
        h.deliver("in", Transaction.read(2, 0x80, 64), SimTime.ns(lastNs));
        h.run();
        long cycles = h.stats().counter("dut.cycles");
        long interval = tREFI / ddr4.organization().ranks();
        assertThat(cycles).isGreaterThan(10L * tREFI);
        assertThat(h.stats().counter("dut.cmd.ref")).isEqualTo((cycles - 1) / interval);
        assertThat(h.stats().get("dut.energy.refresh")).isPresent();
    }

    @Test
    void writesAreAcknowledgedOnceBufferedAndOtherCommandsGetCommandError() {
        ComponentHarness h = ComponentHarness.of(new DramComponent(ddr4));
        h.deliver("in", Transaction.write(1, 0x1000, 64), SimTime.ns(5));
        h.deliver("in", Transaction.of(2, Command.COMPUTE, 0, 0), SimTime.ns(50));
        h.run();
        Sent write = h.sent("in").stream().filter(s -> s.tx().id() == 1 && s.phase() == Phase.BEGIN_RESP).findFirst().orElseThrow();
        assertThat(write.tx().status()).isEqualTo(ResponseStatus.OK);
        assertThat(write.timePs() - SimTime.ns(5)).isLessThan(4 * ddr4.tckPs());
        Sent compute = h.sent("in").stream().filter(s -> s.tx().id() == 2 && s.phase() == Phase.BEGIN_RESP).findFirst().orElseThrow();
        assertThat(compute.tx().status()).isEqualTo(ResponseStatus.COMMAND_ERROR);
    }

    @Test
    void requestBeyondTheMemoryGetsAddressError() {
        ComponentHarness h = ComponentHarness.of(new DramComponent(ddr4));
        long capacity = ddr4.organization().channels() * ddr4.organization().channelBytes();
        h.deliver("in", Transaction.read(1, capacity - 64, 64), SimTime.ns(5));
        h.deliver("in", Transaction.read(2, capacity, 64), SimTime.ns(6));
        h.run();
        assertThat(h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).map(s -> s.tx().status()))
                .containsExactlyInAnyOrder(ResponseStatus.OK, ResponseStatus.ADDRESS_ERROR);
        assertThat(h.stats().counter("dut.reads")).isEqualTo(1);
    }

    @Test
    void typeIsFoundThroughServiceLoaderAndChecksItsParameters() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThat(registry.type("dram").descriptor().param("preset").defaultValue()).isEqualTo("ddr4-2400");
        DramComponent hbm = (DramComponent) registry.create("dram", "top.hbm", Map.of("preset", "hbm2", "pagePolicy", "close-page"));
        assertThat(hbm.config().organization().channels()).isEqualTo(8);
        assertThat(hbm.config().controller().rowBufferPolicy()).isEqualTo(RowBufferPolicy.CLOSE_PAGE);
        assertThatThrownBy(() -> registry.create("dram", "top.bad", Map.of("presett", "hbm2")))
                .hasMessageContaining("presett").hasMessageContaining("preset");
        assertThatThrownBy(() -> registry.create("dram", "top.bad", Map.of("addressMapping", "rorororororo")))
                .hasMessageContaining("rorororororo");
    }
}
