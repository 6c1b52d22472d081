package dev.precis.components.noc;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A latency-versus-load curve.
 *
 * @param topology  topology name
 * @param traffic   traffic pattern name
 * @param points    one run per offered load, in the order asked
 */
public record NocSweepResult(String topology, String traffic, List<NocLoadPoint> points) {

    public NocSweepResult {
        points = List.copyOf(points);
    }

    /**
     * Saturation throughput: the level where the accepted rate flattens, taken as the mean accepted
     * rate of the unstable runs (offered load beyond saturation). Empty if every run was stable,
     * i.e. the loads swept did not reach saturation.
     */
    public OptionalDouble saturationThroughput() {
        return points.stream().filter(p -> !p.stable()).mapToDouble(NocLoadPoint::acceptedFlitsPerNodeCycle)
                .average();
    }

    /** Latency of the lowest offered load that ran stable: the zero-load latency when that load is light. */
    public OptionalDouble lowestLoadLatency() {
        return points.stream().filter(NocLoadPoint::stable)
                .min((a, b) -> Double.compare(a.offeredLoad(), b.offeredLoad()))
                .map(p -> OptionalDouble.of(p.avgPacketLatencyCycles())).orElse(OptionalDouble.empty());
    }
}
