package dev.precis.components.noc;

import java.util.ArrayList;
import java.util.List;

/**
 * Latency-versus-offered-load sweep: one {@link LatencyExperiment} per rate, each from the same
 * seed (as BookSim2 runs each load afresh). This is the entry point of {@code precis noc}.
 */
public final class NocSweep {

    private NocSweep() {
    }

    /**
     * @param config   network parameters
     * @param traffic  synthetic traffic pattern
     * @param rates    offered loads in flits per node per cycle
     * @param seed     random seed; same inputs and seed give identical results
     */
    public static NocSweepResult run(NocConfig config, TrafficPattern traffic, double[] rates, long seed) {
        return run(config, traffic, LatencyRunOptions.defaults(), rates, seed);
    }

    /**
     * One run per rate of {@code experiment}'s traffic and run options, each rate in the experiment's unit
     * (packets, or flits with injection_rate_uses_flits) and converted to flits per node per cycle.
     */
    public static NocSweepResult run(NocConfig config, NocExperiment experiment, double[] rates) {
        double[] flits = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            flits[i] = experiment.flitLoad(rates[i]);
        }
        return run(config, experiment.traffic(), experiment.run(), flits, experiment.seed());
    }

    public static NocSweepResult run(NocConfig config, TrafficPattern traffic, LatencyRunOptions options,
                                     double[] rates, long seed) {
        if (rates.length == 0) {
            throw new IllegalArgumentException("NoC sweep needs at least one offered load");
        }
        List<NocLoadPoint> points = new ArrayList<>(rates.length);
        for (double rate : rates) {
            points.add(LatencyExperiment.run(config, traffic, rate, options, seed));
        }
        return new NocSweepResult(config.topology().name(), traffic.name(), points);
    }
}
