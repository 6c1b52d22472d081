package dev.precis.components.noc;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A latency-versus-load curve and its saturation, read the way BookSim2 users read a sweep: the highest offered
 * load that still ran stable, the first that did not, and the accepted rate where the curve levels off.
 *
 * @param topology  topology name
 * @param traffic   traffic pattern name
 * @param points    one run per offered load, in the order asked
 */
public record NocSweepResult(String topology, String traffic, List<NocLoadPoint> points) {

    public NocSweepResult {
        points = List.copyOf(points);
    }

    private List<NocLoadPoint> byLoad() {
        return points.stream().sorted(Comparator.comparingDouble(NocLoadPoint::offeredLoad)).toList();
    }

    /** The lowest offered load (flits/node/cycle) that ran unstable; empty if every run was stable. */
    public OptionalDouble firstUnstableLoad() {
        return byLoad().stream().filter(p -> !p.stable()).mapToDouble(NocLoadPoint::offeredLoad).findFirst();
    }

    /**
     * The highest offered load (flits/node/cycle) that ran stable below the first unstable one (the highest
     * stable load when none was unstable): saturation lies between this and {@link #firstUnstableLoad()}. Empty
     * if no load below the first unstable one was stable.
     */
    public OptionalDouble highestStableLoad() {
        double limit = firstUnstableLoad().orElse(Double.POSITIVE_INFINITY);
        return byLoad().stream().filter(p -> p.stable() && p.offeredLoad() < limit)
                .mapToDouble(NocLoadPoint::offeredLoad).max();
    }

    /**
     * Accepted rate at saturation: the level where the accepted rate flattens, taken as the mean accepted rate
     * of the unstable runs (offered load beyond saturation). Empty if every run was stable, i.e. the loads swept
     * did not reach saturation.
     */
    public OptionalDouble saturationAcceptedRate() {
        return points.stream().filter(p -> !p.stable()).mapToDouble(NocLoadPoint::acceptedFlitsPerNodeCycle)
                .average();
    }

    /** The highest accepted rate of any run (flits/node/cycle). */
    public OptionalDouble maxAcceptedRate() {
        return points.stream().mapToDouble(NocLoadPoint::acceptedFlitsPerNodeCycle).max();
    }

    /** Latency of the lowest offered load that ran stable: the zero-load latency when that load is light. */
    public OptionalDouble lowestLoadLatency() {
        return byLoad().stream().filter(NocLoadPoint::stable).findFirst()
                .map(p -> OptionalDouble.of(p.avgPacketLatencyCycles())).orElse(OptionalDouble.empty());
    }
}
