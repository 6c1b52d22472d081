package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.precis.components.noc.NocConfig;
import dev.precis.components.noc.NocLoadPoint;
import dev.precis.components.noc.NocSweep;
import dev.precis.components.noc.NocSweepResult;
import dev.precis.components.noc.Topology;
import dev.precis.components.noc.TrafficPattern;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis noc}: latency versus offered load of a cycle-level network under synthetic traffic, in BookSim2's
 * latency mode, and the saturation throughput. Each load is run afresh from the same seed, as BookSim2 does.
 */
@Command(name = "noc", mixinStandardHelpOptions = true,
        description = "Sweep offered load on a NoC; print average packet latency, accepted throughput and saturation.")
final class NocCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--topology", defaultValue = "mesh", description = "mesh, torus, crossbar or bus (default ${DEFAULT-VALUE})")
    String topology;

    @Option(names = "--k", defaultValue = "8", description = "radix: k x k nodes for mesh/torus, k nodes otherwise (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--traffic", defaultValue = "uniform",
            description = "uniform, transpose, bitcomp or hotspot (default ${DEFAULT-VALUE})")
    String traffic;

    @Option(names = "--rates", split = ",", defaultValue = "0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5",
            description = "offered loads, flits per node per cycle (default ${DEFAULT-VALUE})")
    double[] rates;

    @Option(names = "--vcs", defaultValue = "8", description = "virtual channels per port (default ${DEFAULT-VALUE})")
    int vcs;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (double r : rates) {
            if (!(r > 0 && r <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rates: each load must be in (0, 1], got " + r);
            }
        }
        NocConfig base = NocConfig.bookSimDefaults(Topology.of(topology, k));
        NocConfig config = new NocConfig(base.topology(), vcs, base.vcBufferFlits(), base.routingDelay(),
                base.vcAllocDelay(), base.swAllocDelay(), base.crossbarDelay(), base.creditDelay(), base.inputSpeedup(),
                base.linkLatency(), base.waitForTailCredit(), base.allocatorIterations(), base.flitBytes());
        TrafficPattern pattern = TrafficPattern.of(traffic);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.text) {
            out.printf("%s k=%d, %s traffic, %d VCs x %d flits, seed %d%n", config.topology().name(), k, pattern.name(),
                    config.vcs(), config.vcBufferFlits(), seed);
            out.printf("%8s %14s %16s %7s%n", "offered", "latency (cyc)", "accepted (f/n/c)", "stable");
            out.flush();
        }
        List<NocLoadPoint> points = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            // One load at a time: each prints as soon as it is done, so an interrupted sweep keeps its finished rows.
            NocLoadPoint p = NocSweep.run(config, pattern, new double[] {rates[i]}, seed).points().get(0);
            points.add(p);
            err.printf("noc: load %.3f done (%d of %d)%n", rates[i], i + 1, rates.length);
            err.flush();
            if (format == Format.text) {
                out.printf("%8.3f %14.2f %16.4f %7s%n", p.offeredLoad(), p.avgPacketLatencyCycles(),
                        p.acceptedFlitsPerNodeCycle(), p.stable() ? "yes" : "no");
                out.flush();
            }
        }
        NocSweepResult result = new NocSweepResult(config.topology().name(), pattern.name(), points);
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("topology", result.topology());
            json.put("k", k);
            json.put("traffic", result.traffic());
            json.put("seed", seed);
            json.put("points", result.points());
            json.put("zeroLoadLatencyCycles", result.lowestLoadLatency().isPresent() ? result.lowestLoadLatency().getAsDouble() : null);
            json.put("saturationThroughput", result.saturationThroughput().isPresent() ? result.saturationThroughput().getAsDouble() : null);
            out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            out.println(result.saturationThroughput().isPresent()
                    ? String.format("saturation throughput %.4f flits/node/cycle", result.saturationThroughput().getAsDouble())
                    : "saturation throughput: not reached at these loads");
        }
        out.flush();
        return 0;
    }
}
