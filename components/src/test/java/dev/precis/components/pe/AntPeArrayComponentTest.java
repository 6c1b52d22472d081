package dev.precis.components.pe;

import static dev.precis.components.pe.ComputeRequests.compute;
import static dev.precis.components.pe.ComputeRequests.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.Phase;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AntPeArrayComponentTest {

    private static AntPeArrayComponent array(Map<String, ?> params) {
        return (AntPeArrayComponent) ComponentRegistry.load().create(AntPeArrayType.NAME, "dut", params);
    }

    @Test
    void answersWhenTheBlocksLastMacIsDoneAtTheArraysClock() {
        AntPeArrayComponent a = array(Map.of());
        ComputeWork w = work("conv1", 256, 64, 128, 4, 4);
        long cycles = a.model().cost(w, OperandFormats.of("flint4s", "int4u"), null).cycles();
        ComponentHarness h = ComponentHarness.of(a);
        h.deliver("in", compute(1, w, "flint4s", "int4u"), SimTime.ns(1));
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        Sent response = h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).findFirst().orElseThrow();
        // 500 MHz: the block starts at the edge of cycle 1 (2 ns) and ends cycles later
        assertThat(response.timePs()).isEqualTo(2000L * (1 + cycles));
        assertThat(h.stats().counter("dut.busyCycles")).isEqualTo(cycles);
        assertThat(h.stats().counter("dut.macs")).isEqualTo(256L * 64 * 128);
        assertThat(h.stats().counter("dut.macs.w4a4")).isEqualTo(256L * 64 * 128);
        assertThat(h.stats().get("dut.computeEnergyPj").orElseThrow().scalar()).isPositive();
        assertThat(h.stats().get("dut.areaMm2").orElseThrow().scalar()).isEqualTo(a.model().areaMm2());
        assertThat(h.stats().get("dut.leakagePowerMw").orElseThrow().scalar()).isEqualTo(a.model().leakagePowerMw());
    }

    @Test
    void everyDeclaredStatisticIsRecorded() {
        ComponentHarness h = ComponentHarness.of(array(Map.of()));
        h.deliver("in", compute(1, work("fc", 16, 16, 16, 8, 8), "int8", "int8"), 1);
        h.run();
        for (StatSpec s : new AntPeArrayType().descriptor().statistics()) {
            String name = s == ComputeArrayComponent.MACS_BY_PRECISION ? "macs.w8a8" : s.name();
            assertThat(h.stats().get("dut." + name)).as(name).isPresent();
        }
    }

    @Test
    void blocksAreComputedOneAfterAnotherAndAFullQueueHoldsBackTheNext() {
        AntPeArrayComponent a = array(Map.of("queueDepth", 1));
        ComputeWork w = work("conv", 64, 64, 64, 8, 8);
        long cycles = a.model().cost(w, OperandFormats.of("int8", "int8"), null).cycles();
        ComponentHarness h = ComponentHarness.of(a);
        h.deliver("in", compute(1, w, "int8", "int8"), 1);
        h.deliver("in", compute(2, w, "int8", "int8"), 2);
        h.run();
        Sent accept2 = h.sent("in").stream().filter(s -> s.tx().id() == 2 && s.phase() == Phase.END_REQ).findFirst().orElseThrow();
        assertThat(accept2.timePs()).isGreaterThan(2000L * cycles);
        assertThat(h.stats().counter("dut.busyCycles")).isEqualTo(2 * cycles);
    }

    @Test
    void aBlockWithoutFormatsFailsTheRunNamingTheArrayTheLayerAndTheField() {
        ComponentHarness h = ComponentHarness.of(array(Map.of()));
        h.deliver("in", compute(1, work("layer3.conv2", 16, 16, 16, 4, 4)), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("ant-pe-array", "dut", "layer3.conv2", "pe.formats");
    }

    @Test
    void aTransactionThatIsNotComputeIsRefused() {
        ComponentHarness h = ComponentHarness.of(array(Map.of()));
        h.deliver("in", Transaction.read(1, 0, 64), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("serves COMPUTE");
    }

    @Test
    void theBitFusionVariantRefusesAntsFormats() {
        ComponentHarness h = ComponentHarness.of(array(Map.of("variant", "bitfusion")));
        h.deliver("in", compute(1, work("conv", 16, 16, 16, 4, 4), "flint4s", "int4u"), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("layer conv", "weights", "BitFusion");
    }
}
