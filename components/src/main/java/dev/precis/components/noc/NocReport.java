package dev.precis.components.noc;

import dev.precis.components.report.JsonLine;
import dev.precis.io.Report;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What {@code precis noc} reports: the network and experiment, one row per offered load, and the saturation read
 * as BookSim2 users read it. Loads and rates are flits per node per cycle; latencies are cycles. The record's
 * fields are its JSON form, {@link #text} its text form.
 *
 * @param topology                  topology name
 * @param k                         radix (nodes of a crossbar or bus)
 * @param n                         dimensions of a mesh or torus
 * @param traffic                   traffic pattern
 * @param seed                      random seed
 * @param network                   every network parameter by name, defaults included
 * @param experiment                every experiment parameter by name, defaults included
 * @param points                    one run per offered load
 * @param zeroLoadLatencyCycles     latency of the lowest stable load, null if none was stable
 * @param highestStableOfferedLoad  highest stable load below the first unstable one, null if none
 * @param firstUnstableOfferedLoad  lowest unstable load, null if every load was stable
 * @param saturationAcceptedRate    mean accepted rate of the unstable runs (where the curve levels off), null if
 *                                  every load was stable
 * @param maxAcceptedRate           highest accepted rate of any run
 */
public record NocReport(String topology, int k, int n, String traffic, long seed, Map<String, Object> network,
                        Map<String, Object> experiment, List<NocLoadPoint> points, Double zeroLoadLatencyCycles,
                        Double highestStableOfferedLoad, Double firstUnstableOfferedLoad,
                        Double saturationAcceptedRate, Double maxAcceptedRate) implements Report {

    public NocReport {
        network = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(network));
        experiment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(experiment));
        points = List.copyOf(points);
    }

    /**
     * The report of a sweep of {@code config} under {@code experiment}, whose parameters by name (as resolved
     * against {@link NocExperiment#PARAMS}) are {@code experimentValues}.
     */
    public static NocReport of(NocConfig config, NocExperiment experiment, Map<String, Object> experimentValues,
                               NocSweepResult result) {
        Map<String, Object> v = config.values();
        return new NocReport(result.topology(), (Integer) v.get(NocComponentType.K.name()),
                (Integer) v.get(NocComponentType.N.name()), result.traffic(), experiment.seed(), v, experimentValues,
                result.points(), boxed(result.lowestLoadLatency()), boxed(result.highestStableLoad()),
                boxed(result.firstUnstableLoad()), boxed(result.saturationAcceptedRate()),
                boxed(result.maxAcceptedRate()));
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /** The text form: what ran, one row per load, and the saturation lines. */
    @Override
    public String text() {
        StringBuilder b = new StringBuilder(header());
        for (NocLoadPoint p : points) {
            b.append(String.format(Locale.ROOT, "%8.3f %14.2f %16.4f %7s%n", p.offeredLoad(),
                    p.avgPacketLatencyCycles(), p.acceptedFlitsPerNodeCycle(), p.stable() ? "yes" : "no"));
        }
        return b.append(footer()).toString();
    }

    /** The JSON form: the record's fields, on one line. */
    @Override
    public String json() {
        return JsonLine.of(this);
    }

    private String header() {
        String shape = switch (topology) {
            case "mesh", "torus" -> k + "-ary " + n + "-" + topology;
            default -> topology + " of " + k + " nodes";
        };
        return String.format(Locale.ROOT, "%s, %s traffic, %s-flit packets, %s VCs x %s flits, seed %d%n", shape,
                traffic, experiment.get(NocExperiment.PACKET_SIZE.name()), network.get(NocComponentType.NUM_VCS.name()),
                network.get(NocComponentType.VC_BUF_SIZE.name()), seed)
                + String.format(Locale.ROOT, "%8s %14s %16s %7s%n", "offered", "latency (cyc)", "accepted (f/n/c)",
                "stable");
    }

    private String footer() {
        StringBuilder b = new StringBuilder();
        if (firstUnstableOfferedLoad == null) {
            b.append(String.format(Locale.ROOT, "saturation: not reached; stable up to offered load %.3f%n",
                    highestStableOfferedLoad));
        } else {
            b.append(highestStableOfferedLoad == null
                    ? String.format(Locale.ROOT, "saturation: unstable from offered load %.3f (no stable load below)%n",
                            firstUnstableOfferedLoad)
                    : String.format(Locale.ROOT, "saturation: stable up to offered load %.3f, unstable from %.3f%n",
                            highestStableOfferedLoad, firstUnstableOfferedLoad));
            b.append(String.format(Locale.ROOT,
                    "accepted rate at saturation %.4f flits/node/cycle (mean of the unstable runs; highest %.4f)%n",
                    saturationAcceptedRate, maxAcceptedRate));
        }
        return b.toString();
    }
}
