package dev.precis.components.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.BothEngines;
import dev.precis.components.ScriptedController;
import dev.precis.components.ScriptedController.Step;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Drift end to end, wired by hand: a controller stub streams runs of activation tiles to the detector, the
 * detector to the scheduler, the scheduler to two BitFusion sub-arrays (8 rows x 32 columns of 8/2-bit PEs).
 */
class DriftChainTest {
    private static final int SUB_ARRAYS = 2;

    /** Two layers; tiles mostly narrow, as Drift's premise has it, drawn from a seeded generator. */
    private static List<Step> script() {
        SplittableRandom rng = new SplittableRandom(11);
        List<Step> steps = new ArrayList<>();
        addLayer(steps, rng, "conv", 512, 256, 64, 2);
        addLayer(steps, rng, "fc", 64, 512, 32, 1);
        return steps;
    }

    private static void addLayer(List<Step> steps, SplittableRandom rng, String layer, long rows, long k, long n, int runs) {
        long tiles = rows * ((k + 63) / 64);
        long perRun = (tiles + runs - 1) / runs;
        for (long first = 0; first < tiles; first += perRun) {
            int count = (int) Math.min(perRun, tiles - first);
            byte[] bits = new byte[count];
            for (int i = 0; i < count; i++) {
                int draw = rng.nextInt(10);
                bits[i] = (byte) (draw < 5 ? 2 : draw < 8 ? 4 : draw < 9 ? 6 : 8);
            }
            ActivationTiles run = new ActivationTiles(layer, 1, rows, k, n, 1, 64, first, bits, 8, 8, first + count == tiles);
            steps.add(new Step("out", id -> Transaction.of(id, Command.COMPUTE, 0, 0).withExtension(ActivationTiles.KEY, run)));
        }
    }

    private static Model model(String policy) {
        ComponentRegistry r = ComponentRegistry.load();
        Model.Builder b = Model.builder().seed(3);
        Component ctrl = b.add("top.ctrl", new ScriptedController(List.of("out"), script()));
        Component detector = b.add("top.detector", r.create(DriftDetectorType.NAME, "top.detector", Map.of()));
        Component scheduler = b.add("top.scheduler", r.create(DriftSchedulerType.NAME, "top.scheduler",
                Map.of("policy", policy, "subArrays", SUB_ARRAYS, "subArrayRows", 8)));
        b.link(ctrl.port("out"), detector.port("in"), SimTime.ns(1));
        b.link(detector.port("out"), scheduler.port("in"), SimTime.ns(1));
        for (int i = 0; i < SUB_ARRAYS; i++) {
            Component pe = b.add("top.pe" + i, r.create("ant-pe-array", "top.pe" + i, Map.of("variant", "bitfusion",
                    "rows", 8, "cols", 32, "minBits", 2, "precisionSwitchCycles", 4)));
            b.link(scheduler.port("out" + i), pe.port("in"), SimTime.ns(1));
        }
        return b.build();
    }

    private static long macs(SimulationResult r) {
        long m = 0;
        for (int i = 0; i < SUB_ARRAYS; i++) m += r.stats().counter("top.pe" + i + ".macs");
        return m;
    }

    @Test
    void everyTileIsComputedAndBothEnginesAgree() {
        SimulationResult r = BothEngines.run(() -> model("drift-packing"));
        assertThat(r.stats().counter("top.ctrl.answered")).isEqualTo(3);
        assertThat(r.stats().counter("top.ctrl.failed")).isZero();
        assertThat(r.stats().counter("top.detector.tiles")).isEqualTo(512 * 4 + 64 * 8);
        assertThat(r.stats().counter("top.scheduler.tiles")).isEqualTo(512 * 4 + 64 * 8);
        assertThat(macs(r)).isEqualTo(512L * 256 * 64 + 64L * 512 * 32);
        assertThat(r.stats().counter("top.pe0.blocks") + r.stats().counter("top.pe1.blocks")).isEqualTo(r.stats().counter("top.scheduler.passes"));
    }

    @Test
    void packingByPrecisionFinishesBeforeTheStaticScheduleAndBeforeArrivalOrder() {
        SimulationResult drift = BothEngines.run(() -> model("drift-packing"));
        SimulationResult arrival = BothEngines.run(() -> model("arrival-order"));
        SimulationResult statics = BothEngines.run(() -> model("static-layer"));
        double tDrift = BothEngines.lastAnswerPs(drift, "top.ctrl");
        double tArrival = BothEngines.lastAnswerPs(arrival, "top.ctrl");
        double tStatic = BothEngines.lastAnswerPs(statics, "top.ctrl");
        assertThat(tDrift).isLessThan(tArrival);
        assertThat(tArrival).isLessThan(tStatic);
        assertThat(statics.stats().counter("top.scheduler.tiles.8b")).isEqualTo(512 * 4 + 64 * 8);
        assertThat(macs(drift)).isEqualTo(macs(statics));
        double energyDrift = drift.stats().sumOf("computeEnergyPj");
        double energyStatic = statics.stats().sumOf("computeEnergyPj");
        assertThat(energyDrift).isLessThan(energyStatic);
    }
}
