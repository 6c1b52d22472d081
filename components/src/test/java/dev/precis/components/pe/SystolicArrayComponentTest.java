package dev.precis.components.pe;

import static dev.precis.components.pe.ComputeRequests.compute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.Phase;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystolicArrayComponentTest {

    private static SystolicArrayComponent array(Map<String, ?> params) {
        return (SystolicArrayComponent) ComponentRegistry.load().create(SystolicArrayType.NAME, "dut", params);
    }

    private static ComputeWork work(long m, long n, long k, int bits) {
        return new ComputeWork("conv", new GemmDims(m, n, k), OperandPrecision.uniform(bits), Dataflow.OUTPUT_STATIONARY);
    }

    @Test
    void aBlockTakesTheFoldsFillSteadyStateAndDrainOfItsDataflow() {
        for (String df : new String[] {"os", "ws", "is"}) {
            SystolicArrayComponent a = array(Map.of("rows", 4, "cols", 3, "dataflow", df));
            long expected = new SystolicArray(4, 3).time(new GemmDims(10, 5, 7), Dataflow.parse(df)).cycles();
            ComponentHarness h = ComponentHarness.of(a);
            h.deliver("in", compute(1, work(10, 5, 7, 8)), 1);
            assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
            Sent response = h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).findFirst().orElseThrow();
            assertThat(response.timePs()).as(df).isEqualTo(2000L * (1 + expected));
            assertThat(h.stats().counter("dut.busyCycles")).as(df).isEqualTo(expected);
            assertThat(h.stats().counter("dut.macs")).isEqualTo(350);
        }
        // os: 3 x 2 folds of (rows - 1) + K + (cols - 1) cycles
        assertThat(new SystolicArray(4, 3).time(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY).cycles()).isEqualTo(72);
    }

    @Test
    void largerArraysCostMoreAreaAndLeakageAndEveryStatisticIsRecorded() {
        ComponentHarness small = ComponentHarness.of(array(Map.of("rows", 8, "cols", 8)));
        small.deliver("in", compute(1, work(16, 16, 16, 8)), 1);
        small.run();
        ComponentHarness big = ComponentHarness.of(array(Map.of()));
        big.deliver("in", compute(1, work(16, 16, 16, 8)), 1);
        big.run();
        assertThat(big.stats().get("dut.areaMm2").orElseThrow().scalar())
                .isEqualTo(16 * small.stats().get("dut.areaMm2").orElseThrow().scalar(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(big.stats().get("dut.computeEnergyPj").orElseThrow().scalar())
                .isEqualTo(small.stats().get("dut.computeEnergyPj").orElseThrow().scalar()).isPositive();
        for (StatSpec s : new SystolicArrayType().descriptor().statistics()) {
            String name = s == ComputeArrayComponent.MACS_BY_PRECISION ? "macs.w8a8" : s.name();
            assertThat(big.stats().get("dut." + name)).as(name).isPresent();
        }
    }

    @Test
    void anOperandWiderThanThePesFailsNamingTheLayer() {
        ComponentHarness h = ComponentHarness.of(array(Map.of()));
        h.deliver("in", compute(1, work(4, 4, 4, 16)), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("systolic-array", "conv", "16");
    }
}
