package dev.precis.validation.drift;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.stats.StatValue;
import java.util.List;
import java.util.Map;

/**
 * Drift's compute chain on the kernel, built from the registered components with their defaults: driver ->
 * {@code drift-detector} -> {@code drift-scheduler} (4 sub-arrays, slot {@code policy}) -> four
 * {@code ant-pe-array} sub-arrays in {@code variant = bitfusion} of 8 rows x 32 columns of 8/2-bit PEs (together
 * BitFusion's 32 x 32 array of 2-bit bricks). With {@code policy = static-layer} the same chain is the baseline:
 * BitFusion running the statically quantized model, every tile at the layer's static precision.
 */
final class DriftChain {

    static final int SUB_ARRAYS = 4;
    static final int SUB_ARRAY_ROWS = 8;
    static final int COLS = 32;
    static final double CLOCK_MHZ = 500;

    /**
     * What one run of the chain measured.
     *
     * @param arrayEnergyPj    the sub-arrays' dynamic compute energy
     * @param overheadEnergyPj the detector's and the scheduler's dynamic energy
     * @param arrayLeakageMw   the sub-arrays' static power
     * @param overheadLeakageMw the detector's and the scheduler's static power
     */
    record Result(String policy, long endPs, long macs, double arrayEnergyPj, double overheadEnergyPj,
                  double arrayLeakageMw, double overheadLeakageMw, long passes) {

        long cycles() {
            return Math.round(endPs / (1e6 / CLOCK_MHZ));
        }

        /** Dynamic plus static energy; the detector and scheduler only when the design has them. */
        double energyPj(boolean withDriftHardware) {
            double mw = arrayLeakageMw + (withDriftHardware ? overheadLeakageMw : 0);
            double dynamic = arrayEnergyPj + (withDriftHardware ? overheadEnergyPj : 0);
            return dynamic + mw * endPs * 1e-3;
        }
    }

    private DriftChain() {
    }

    static Result run(List<ActivationTiles> runs, String policy) {
        ComponentRegistry registry = ComponentRegistry.load();
        Model.Builder b = Model.builder().seed(1);
        Component driver = b.add("drift.driver", new TileRunDriver(runs));
        Component detector = b.add("drift.detector", registry.create("drift-detector", "drift.detector", Map.of()));
        Component scheduler = b.add("drift.scheduler", registry.create("drift-scheduler", "drift.scheduler",
                Map.of("policy", policy, "subArrays", SUB_ARRAYS, "subArrayRows", SUB_ARRAY_ROWS)));
        b.link(driver.port("out"), detector.port("in"), SimTime.ns(1));
        b.link(detector.port("out"), scheduler.port("in"), SimTime.ns(1));
        for (int i = 0; i < SUB_ARRAYS; i++) {
            String name = "drift.pe" + i;
            Component pe = b.add(name, registry.create("ant-pe-array", name, Map.of("variant", "bitfusion",
                    "rows", SUB_ARRAY_ROWS, "cols", COLS, "minBits", 2)));
            b.link(scheduler.port("out" + i), pe.port("in"), SimTime.ns(1));
        }
        SimulationResult r = new SequentialEngine().run(b.build()).orThrow();
        var stats = r.stats();
        if (stats.counter("drift.driver.answered") != runs.size() || stats.counter("drift.driver.failed") != 0) {
            throw new IllegalStateException("Drift chain (" + policy + "): " + stats.counter("drift.driver.answered")
                    + " of " + runs.size() + " runs answered, " + stats.counter("drift.driver.failed") + " failed");
        }
        long endPs = (long) ((StatValue.AccumulatorValue) stats.get("drift.driver.answerTimePs").orElseThrow()).max();
        long macs = 0;
        double arrayEnergy = 0;
        double arrayLeakage = 0;
        for (int i = 0; i < SUB_ARRAYS; i++) {
            macs += stats.counter("drift.pe" + i + ".macs");
            arrayEnergy += sum(stats, "drift.pe" + i + ".computeEnergyPj");
            arrayLeakage += sum(stats, "drift.pe" + i + ".leakagePowerMw");
        }
        double overheadEnergy = sum(stats, "drift.detector.detectEnergyPj") + sum(stats, "drift.scheduler.schedulerEnergyPj");
        double overheadLeakage = sum(stats, "drift.detector.leakagePowerMw") + sum(stats, "drift.scheduler.leakagePowerMw");
        return new Result(policy, endPs, macs, arrayEnergy, overheadEnergy, arrayLeakage, overheadLeakage,
                stats.counter("drift.scheduler.passes"));
    }

    private static double sum(dev.precis.tlm.stats.StatsSnapshot stats, String name) {
        StatValue v = stats.get(name).orElseThrow(() -> new IllegalStateException("Drift chain: no statistic " + name));
        if (v instanceof StatValue.AccumulatorValue a) {
            return a.sum();
        }
        throw new IllegalStateException("Drift chain: statistic " + name + " is not an accumulator: " + v);
    }
}
