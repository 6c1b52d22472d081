package dev.precis.components.noc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What {@code precis noc} reports: the network and experiment, one row per offered load, and the saturation read
 * as BookSim2 users read it. Loads and rates are flits per node per cycle; latencies are cycles. The record's
 * fields are its JSON form; {@link #header}, {@link #row} and {@link #footer} its text form (a row can be printed
 * as soon as its load is done).
 *
 * @param topology                  topology name
 * @param k                         radix (nodes of a crossbar or bus)
 * @param n                         dimensions of a mesh or torus
 * @param traffic                   traffic pattern
 * @param seed                      random seed
 * @param network                   every network parameter by name, defaults included
 * @param points                    one run per offered load
 * @param zeroLoadLatencyCycles     latency of the lowest stable load, null if none was stable
 * @param highestStableOfferedLoad  highest stable load below the first unstable one, null if none
 * @param firstUnstableOfferedLoad  lowest unstable load, null if every load was stable
 * @param saturationAcceptedRate    mean accepted rate of the unstable runs (where the curve levels off), null if
 *                                  every load was stable
 * @param maxAcceptedRate           highest accepted rate of any run
 */
public record NocReport(String topology, int k, int n, String traffic, long seed, Map<String, Object> network,
                        List<NocLoadPoint> points, Double zeroLoadLatencyCycles, Double highestStableOfferedLoad,
                        Double firstUnstableOfferedLoad, Double saturationAcceptedRate, Double maxAcceptedRate) {

    public NocReport {
        network = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(network));
        points = List.copyOf(points);
    }

    public static NocReport of(NocConfig config, NocExperiment experiment, NocSweepResult result) {
        Map<String, Object> v = config.values();
        return new NocReport(result.topology(), (Integer) v.get(NocComponentType.K.name()),
                (Integer) v.get(NocComponentType.N.name()), result.traffic(), experiment.seed(), v, result.points(),
                boxed(result.lowestLoadLatency()), boxed(result.highestStableLoad()), boxed(result.firstUnstableLoad()),
                boxed(result.saturationAcceptedRate()), boxed(result.maxAcceptedRate()));
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /** The lines above the table: what runs, and the column heads. */
    public static String header(NocConfig config, NocExperiment experiment) {
        Topology t = config.topology();
        String shape = t instanceof MeshTopology m ? m.k() + "-ary " + m.n() + "-mesh"
                : t instanceof TorusTopology r ? r.k() + "-ary " + r.n() + "-torus"
                : t.name() + " of " + t.nodes() + " nodes";
        return String.format(Locale.ROOT, "%s, %s traffic, %d-flit packets, %d VCs x %d flits, seed %d%n", shape,
                experiment.traffic().name(), experiment.run().packetSizeFlits(), config.numVcs(), config.vcBufSize(),
                experiment.seed())
                + String.format(Locale.ROOT, "%8s %14s %16s %7s%n", "offered", "latency (cyc)", "accepted (f/n/c)",
                "stable");
    }

    /** One table row. */
    public static String row(NocLoadPoint p) {
        return String.format(Locale.ROOT, "%8.3f %14.2f %16.4f %7s%n", p.offeredLoad(), p.avgPacketLatencyCycles(),
                p.acceptedFlitsPerNodeCycle(), p.stable() ? "yes" : "no");
    }

    /** The saturation lines below the table. */
    public String footer() {
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
