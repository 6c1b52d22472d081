package dev.precis.cli;

import dev.precis.sweep.HostPort;
import dev.precis.sweep.PrecisVersion;
import dev.precis.sweep.cluster.ClusterWorkerNode;
import dev.precis.sweep.eval.Evaluators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis worker --join HOST:PORT}: runs points for a cluster sweep's coordinator until the sweep is over. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Joins the cluster of a `precis sweep --cluster-seed HOST:PORT` coordinator and runs its points "
                + "(pulling one per job whenever idle) until the sweep is over; the coordinator writes the results.")
final class WorkerNodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--join", required = true, paramLabel = "HOST:PORT", description = "the coordinator's address")
    String join;

    @Option(names = "--host", paramLabel = "ADDR", description = "the address the coordinator reaches this machine at "
            + "(default: this machine's address on the route to the coordinator)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "port to listen on (default: any free)")
    int port;

    @Option(names = "--jobs", paramLabel = "N", description = "points run at once here (default: one per core)")
    Integer jobs;

    @Option(names = "--evaluator", paramLabel = "NAME", defaultValue = "replay", description = "replay (default: each "
            + "point replayed on its accelerator composition) or mapper (the ANT-family designs and the systolic array on "
            + "their analytical models, much faster); the coordinator's")
    String evaluator;

    @Option(names = "--down-after", paramLabel = "SECONDS", defaultValue = "5",
            description = "how long an unreachable coordinator is waited for (default: 5)")
    int downAfterSeconds;

    @Override
    public Integer call() {
        HostPort seed = HostPort.parse(join, "--join");
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new IllegalArgumentException("--jobs must be >= 1, got " + n);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port " + port + " is outside 0..65535");
        String self = host != null ? host : routeTo(seed);
        PrintWriter err = spec.commandLine().getErr();
        ClusterWorkerNode.Ending e = ClusterWorkerNode.run(seed.host(), seed.port(), self, port, n, downAfterSeconds,
                Evaluators.named(evaluator), PrecisVersion.get(), err);
        if (!e.sweepOver()) throw new IllegalStateException(e.reason());
        err.println("precis worker: " + e.reason());
        return 0;
    }

    /** This machine's address on the route to {@code seed} (a connected UDP socket sends nothing). */
    private static String routeTo(HostPort seed) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(seed.host(), seed.port()));
            return s.getLocalAddress().getHostAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("--join " + seed + ": cannot find a route to it: " + e.getMessage(), e);
        }
    }
}
