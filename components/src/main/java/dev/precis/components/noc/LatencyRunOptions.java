package dev.precis.components.noc;

/**
 * How a latency-mode run is conducted, as BookSim2's TrafficManager conducts it (src/trafficmanager.cpp,
 * {@code _SingleSim}); the defaults (in {@link NocExperiment}) are BookSim2's (src/booksim_config.cpp): warm-up of
 * 3 sample periods of 1000 cycles, at most 10 periods, a run is declared unstable once the average latency (of
 * delivered and in-flight packets) exceeds 500 cycles, and it has converged when latency and accepted rate change
 * by at most 5% over 3 successive periods.
 *
 * @param packetSizeFlits        flits per packet
 * @param warmupPeriods          sample periods of warm-up before measuring; 0 = warm up until latency and accepted
 *                               rate change by at most the warm-up thresholds
 * @param samplePeriodCycles     cycles per sample period
 * @param maxSamples             most sample periods (warm-up included) before giving up on convergence
 * @param latencyThresholdCycles average latency above which the network is called unstable; negative = no limit
 * @param warmupThreshold        relative latency change that ends a threshold warm-up; negative = not checked
 * @param accWarmupThreshold     relative accepted-rate change that ends a threshold warm-up; negative = not checked
 * @param stoppingThreshold      relative latency change that counts as converged; negative = not checked
 * @param accStoppingThreshold   relative accepted-rate change that counts as converged; negative = not checked
 */
public record LatencyRunOptions(int packetSizeFlits, int warmupPeriods, int samplePeriodCycles, int maxSamples,
                                double latencyThresholdCycles, double warmupThreshold, double accWarmupThreshold,
                                double stoppingThreshold, double accStoppingThreshold) {

    public LatencyRunOptions {
        if (packetSizeFlits < 1 || warmupPeriods < 0 || samplePeriodCycles < 1 || maxSamples < 1) {
            throw new IllegalArgumentException("LatencyRunOptions: packet size, sample period and max samples must"
                    + " be positive and warm-up periods not negative; got " + this);
        }
    }

    /** BookSim2's defaults, the same as {@link NocExperiment#defaults()}'. */
    public static LatencyRunOptions defaults() {
        return NocExperiment.defaults().run();
    }

    public LatencyRunOptions withPacketSizeFlits(int flits) {
        return new LatencyRunOptions(flits, warmupPeriods, samplePeriodCycles, maxSamples, latencyThresholdCycles,
                warmupThreshold, accWarmupThreshold, stoppingThreshold, accStoppingThreshold);
    }
}
