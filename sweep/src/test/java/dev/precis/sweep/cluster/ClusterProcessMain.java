package dev.precis.sweep.cluster;

import dev.precis.sweep.HostPort;
import dev.precis.sweep.PrecisVersion;
import dev.precis.sweep.SweepSession;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.report.SweepProgress;
import dev.precis.sweep.run.SlowEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cluster sweep node in its own JVM, for the multi-JVM test:
 * {@code coordinator FILE OUT HOST PORT DELAY_MS} or {@code worker SEED_HOST SEED_PORT JOBS DELAY_MS [HOLD_AFTER]}
 * (with HOLD_AFTER, the worker holds every point after that many until it is killed).
 */
public final class ClusterProcessMain {

    /** How long a silent node stays unreachable before it is downed, in the test. */
    static final int DOWN_AFTER_SECONDS = 2;

    private ClusterProcessMain() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        if (args[0].equals("coordinator")) {
            SweepSession.Result r = SweepSession.run(new SweepSession.Options(Path.of(args[1]), Path.of(args[2]), 0,
                    Optional.of(new HostPort(args[3], Integer.parseInt(args[4]))), DOWN_AFTER_SECONDS),
                    new SlowEvaluator(Evaluators.named(Evaluators.MAPPER), Long.parseLong(args[5])), new SweepProgress(err, false));
            System.out.print(r.report().text());
            System.exit(r.tally().stopped() ? 130 : 0);
        }
        ClusterWorkerNode.Ending e = ClusterWorkerNode.run(args[1], Integer.parseInt(args[2]), "127.0.0.1", 0,
                Integer.parseInt(args[3]), DOWN_AFTER_SECONDS,
                args.length > 5
                        ? SlowEvaluator.holdingAfter(Evaluators.named(Evaluators.MAPPER), Long.parseLong(args[4]), Integer.parseInt(args[5]))
                        : new SlowEvaluator(Evaluators.named(Evaluators.MAPPER), Long.parseLong(args[4])),
                PrecisVersion.get(), err);
        err.println("worker ended: " + e.reason());
        System.exit(e.sweepOver() ? 0 : 3);
    }
}
