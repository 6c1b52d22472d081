package dev.precis.sweep.run;

import dev.precis.sweep.SweepSession;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.report.SweepProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** A local sweep in its own JVM, for tests that kill or interrupt it: args FILE OUT JOBS DELAY_MS [HOLD_AFTER]. */
public final class SweepProcessMain {

    private SweepProcessMain() {
    }

    public static void main(String[] args) {
        SweepSession.Result r = SweepSession.run(new SweepSession.Options(Path.of(args[0]), Path.of(args[1]),
                Integer.parseInt(args[2]), Optional.empty(), 5),
                args.length > 4
                        ? SlowEvaluator.holdingAfter(Evaluators.named(Evaluators.MAPPER), Long.parseLong(args[3]), Integer.parseInt(args[4]))
                        : new SlowEvaluator(Evaluators.named(Evaluators.MAPPER), Long.parseLong(args[3])),
                new SweepProgress(new PrintWriter(System.err, true), false));
        System.out.print(r.report().text());
        System.exit(r.tally().stopped() ? 130 : 0);
    }
}
