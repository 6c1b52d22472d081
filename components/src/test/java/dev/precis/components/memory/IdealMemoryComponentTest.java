package dev.precis.components.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Phase;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdealMemoryComponentTest {

    private static ComponentHarness harness(Map<String, ?> params) {
        return ComponentHarness.of(ComponentRegistry.load().create(IdealMemoryType.NAME, "dut", params));
    }

    private static List<Long> responseTimes(ComponentHarness h) {
        return h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).map(ComponentHarness.Sent::timePs).toList();
    }

    private static Transaction read(long id, long bits) {
        return Transaction.read(id, 0, (bits + 7) / 8).withExtension(TransferBits.KEY, new TransferBits(bits));
    }

    @Test
    void aTransferOnItsOwnTakesCeilOfItsBitsOverTheWidthFromTheNextEdge() {
        ComponentHarness h = harness(Map.of("widthBits", 1024));
        h.deliver("in", read(1, 3000), 1); // starts at the edge of cycle 1 (2 ns), 3 cycles
        h.run();
        assertThat(responseTimes(h)).containsExactly(2000L * 4);
        assertThat(h.stats().counter("dut.transferCycles")).isEqualTo(3);
        assertThat(h.stats().counter("dut.readBits")).isEqualTo(3000);
    }

    @Test
    void requestsServedBackToBackShareCyclesSoAStreamTakesCeilOfItsTotal() {
        ComponentHarness h = harness(Map.of("widthBits", 1024));
        for (int i = 1; i <= 4; i++) h.deliver("in", read(i, 600), 1);
        h.run();
        // from cycle 1, 600, 1200, 1800, 2400 bits streamed: ends of cycles 2, 3, 3, 4 (the third answer waits
        // for the second END_RESP, the harness's 2 ps round trip)
        assertThat(responseTimes(h)).containsExactly(4000L, 6000L, 6002L, 8000L);
        assertThat(h.stats().counter("dut.transferCycles")).isEqualTo(3);
    }

    @Test
    void aRequestThatFindsTheInterfaceIdleStartsANewStream() {
        ComponentHarness h = harness(Map.of("widthBits", 1024));
        h.deliver("in", read(1, 600), 1);
        h.deliver("in", read(2, 600), 10_001);
        h.run();
        assertThat(responseTimes(h)).containsExactly(4000L, 14_000L);
        assertThat(h.stats().counter("dut.transferCycles")).isEqualTo(2);
    }

    @Test
    void readsAndWritesAreChargedTheirEnergyPerBitAndWithoutBitsAByteSizeCounts() {
        ComponentHarness h = harness(Map.of("readEnergyPjPerBit", 0.5, "writeEnergyPjPerBit", 2.0, "backgroundPowerMw", 3));
        h.deliver("in", Transaction.read(1, 0, 16), 1);
        h.deliver("in", Transaction.write(2, 0, 4), 1);
        h.run();
        assertThat(h.stats().counter("dut.readBits")).isEqualTo(128);
        assertThat(h.stats().counter("dut.writeBits")).isEqualTo(32);
        assertThat(h.stats().get("dut.energyPj").orElseThrow().scalar()).isEqualTo(128 * 0.5 + 32 * 2.0, within(1e-9));
        assertThat(h.stats().get("dut.backgroundPowerMw").orElseThrow().scalar()).isEqualTo(3.0);
        for (StatSpec s : new IdealMemoryType().descriptor().statistics()) {
            assertThat(h.stats().get("dut." + s.name())).as(s.name()).isPresent();
        }
    }

    @Test
    void aComputeRequestFailsTheRunNamingTheMemory() {
        ComponentHarness h = harness(Map.of());
        h.deliver("in", Transaction.of(1, dev.precis.tlm.Command.COMPUTE, 0, 0), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("ideal-memory", "dut", "COMPUTE");
    }
}
