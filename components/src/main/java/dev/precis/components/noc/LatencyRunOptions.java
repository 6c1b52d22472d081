package dev.precis.components.noc;

/**
 * How a latency-mode run is conducted; the defaults are BookSim2's (src/booksim_config.cpp):
 * warm-up of 3 sample periods of 1000 cycles, at most 10 periods, a run is declared unstable once
 * the average latency (of delivered and in-flight packets) exceeds 500 cycles, and it has converged
 * when latency and accepted rate change by at most 5% over 3 successive periods.
 *
 * @param packetSizeFlits        flits per packet
 * @param warmupPeriods          sample periods of warm-up before measuring
 * @param samplePeriodCycles     cycles per sample period
 * @param maxSamples             most sample periods (warm-up included) before giving up on convergence
 * @param latencyThresholdCycles average latency above which the network is called unstable
 * @param stoppingThreshold      relative change of latency and accepted rate that counts as converged
 */
public record LatencyRunOptions(int packetSizeFlits, int warmupPeriods, int samplePeriodCycles, int maxSamples,
                                double latencyThresholdCycles, double stoppingThreshold) {

    public LatencyRunOptions {
        if (packetSizeFlits < 1 || warmupPeriods < 0 || samplePeriodCycles < 1 || maxSamples < 1
                || !(latencyThresholdCycles > 0) || !(stoppingThreshold >= 0)) {
            throw new IllegalArgumentException("LatencyRunOptions: packet size, sample period, max samples and"
                    + " latency threshold must be positive; got " + this);
        }
    }

    public static LatencyRunOptions bookSimDefaults() {
        return new LatencyRunOptions(1, 3, 1000, 10, 500.0, 0.05);
    }

    public LatencyRunOptions withPacketSizeFlits(int flits) {
        return new LatencyRunOptions(flits, warmupPeriods, samplePeriodCycles, maxSamples, latencyThresholdCycles,
                stoppingThreshold);
    }
}
