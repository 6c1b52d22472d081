package dev.precis.components.pe;

import static dev.precis.components.pe.ComputeRequests.compute;
import static dev.precis.components.pe.ComputeRequests.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.Component;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.stats.StatsSnapshot;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The precision an array starts a run configured for ({@code initialWeightBits}, {@code initialActivationBits})
 * is the one its first block switches from, and the one it ends in is reported ({@code finalWeightBits},
 * {@code finalActivationBits}): what precis run carries from layer to layer.
 */
class CarriedPrecisionTest {
    private static final long SWITCH = 37;

    private static StatsSnapshot run(String type, Map<String, Object> params, ComputeWork work, String wType, String aType) {
        Component a = ComponentRegistry.load().create(type, "dut", params);
        ComponentHarness h = ComponentHarness.of(a);
        if (work != null) h.deliver("in", compute(1, work, wType, aType), 1);
        h.run();
        return h.stats();
    }

    private static Map<String, Object> bitFusion(int initialW, int initialA, long switchCycles) {
        Map<String, Object> p = new HashMap<>();
        p.put("variant", "bitfusion");
        p.put("initialWeightBits", initialW);
        p.put("initialActivationBits", initialA);
        p.put("precisionSwitchCycles", switchCycles);
        return p;
    }

    @Test
    void aFirstBlockAtAnotherPrecisionThanTheInitialOnePaysOneSwitch() {
        ComputeWork w4 = work("conv2", 256, 64, 128, 4, 4);
        StatsSnapshot fresh = run(AntPeArrayType.NAME, bitFusion(0, 0, SWITCH), w4, "int4", "int4");
        StatsSnapshot switched = run(AntPeArrayType.NAME, bitFusion(8, 8, SWITCH), w4, "int4", "int4");
        assertThat(fresh.counter("dut.precisionSwitches")).isZero();
        assertThat(switched.counter("dut.precisionSwitches")).isEqualTo(1);
        assertThat(switched.counter("dut.precisionSwitchCycles")).isEqualTo(SWITCH);
        assertThat(switched.counter("dut.busyCycles")).isEqualTo(fresh.counter("dut.busyCycles") + SWITCH);
        assertThat(switched.counter("dut.finalWeightBits")).isEqualTo(4);
        assertThat(switched.counter("dut.finalActivationBits")).isEqualTo(4);
    }

    @Test
    void aFirstBlockAtTheInitialPrecisionOrAZeroCostPaysNothing() {
        ComputeWork w4 = work("conv2", 256, 64, 128, 4, 4);
        long fresh = run(AntPeArrayType.NAME, bitFusion(0, 0, SWITCH), w4, "int4", "int4").counter("dut.busyCycles");
        StatsSnapshot same = run(AntPeArrayType.NAME, bitFusion(4, 4, SWITCH), w4, "int4", "int4");
        assertThat(same.counter("dut.precisionSwitches")).isZero();
        assertThat(same.counter("dut.busyCycles")).isEqualTo(fresh);
        StatsSnapshot free = run(AntPeArrayType.NAME, bitFusion(8, 8, 0), w4, "int4", "int4");
        assertThat(free.counter("dut.precisionSwitchCycles")).isZero();
        assertThat(free.counter("dut.busyCycles")).isEqualTo(fresh);
    }

    @Test
    void anArrayThatComputesNothingEndsInItsInitialPrecision() {
        StatsSnapshot idle = run(AntPeArrayType.NAME, bitFusion(8, 4, SWITCH), null, null, null);
        assertThat(idle.counter("dut.finalWeightBits")).isEqualTo(8);
        assertThat(idle.counter("dut.finalActivationBits")).isEqualTo(4);
        StatsSnapshot never = run(AntPeArrayType.NAME, bitFusion(0, 0, SWITCH), null, null, null);
        assertThat(never.counter("dut.finalWeightBits")).isZero();
    }

    @Test
    void lpaPaysForAnotherWordSizeThanTheInitialOne() {
        Map<String, Object> p = new HashMap<>(Map.of("precisionSwitchCycles", SWITCH, "initialWeightBits", 8,
                "initialActivationBits", 8));
        ComputeWork w4 = work("block1", 64, 64, 576, 4, 4);
        StatsSnapshot s = run(LpaPeArrayType.NAME, p, w4, "lp(4,0,2,0)", "lp(4,0,2,0)");
        assertThat(s.counter("dut.precisionSwitchCycles")).isEqualTo(SWITCH);
        assertThat(s.counter("dut.finalActivationBits")).isEqualTo(4);
        p.put("initialWeightBits", 4);
        p.put("initialActivationBits", 4);
        assertThat(run(LpaPeArrayType.NAME, p, w4, "lp(4,0,2,0)", "lp(4,0,2,0)").counter("dut.precisionSwitches")).isZero();
    }

    @Test
    void anInitialPrecisionWithOneOperandOrWiderThanTheArrayIsRefused() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThatThrownBy(() -> registry.create(AntPeArrayType.NAME, "dut", bitFusion(8, 0, 0)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("initialWeightBits (8)")
                .hasMessageContaining("initialActivationBits (0)");
        assertThatThrownBy(() -> registry.create(AntPeArrayType.NAME, "dut", bitFusion(16, 16, 0)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("maxBits 8");
    }
}
