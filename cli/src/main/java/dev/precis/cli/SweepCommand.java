package dev.precis.cli;

import dev.precis.sweep.HostPort;
import dev.precis.sweep.SweepSession;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.report.SweepProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis sweep FILE}: every point of a sweep file, resumable, on this machine or as a cluster coordinator. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs every point of a sweep file (HOCON: accelerators, models, quantizers, parameter axes, "
                + "sampled ranges) and appends each finished point to DIR/results.csv and DIR/results.jsonl; "
                + "rerunning resumes. Prints a summary table; writes energy-vs-cycles.png and perf-per-area.png.",
                "Exit code 130 when Ctrl-C stopped it (the points finished so far are kept)."})
final class SweepCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @Parameters(index = "0", paramLabel = "FILE", description = "the sweep file")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "result directory (default: FILE's name without "
            + "extension, followed by -results, in the current directory)")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "points run at once on this machine (default: one per "
            + "core; with --cluster-seed: 0, the workers do the work)")
    Integer jobs;

    @Option(names = "--cluster-seed", paramLabel = "HOST:PORT", description = "coordinate a cluster sweep: listen "
            + "at HOST:PORT, the seed node that `precis worker --join HOST:PORT` joins")
    String clusterSeed;

    @Option(names = "--evaluator", paramLabel = "NAME", defaultValue = "replay", description = "replay (default: each "
            + "point replayed on its accelerator composition) or mapper (the ANT-family designs and the systolic array on "
            + "their analytical models, much faster)")
    String evaluator;

    @Option(names = "--down-after", paramLabel = "SECONDS", defaultValue = "5", description = "with --cluster-seed: "
            + "how long a silent worker stays unreachable before it is downed and its point re-run (default: 5)")
    int downAfterSeconds;

    @Override
    public Integer call() {
        Optional<HostPort> seed = Optional.ofNullable(clusterSeed).map(s -> HostPort.parse(s, "--cluster-seed"));
        int n = jobs != null ? jobs : seed.isPresent() ? 0 : Runtime.getRuntime().availableProcessors();
        Path dir = out != null ? out : Path.of(defaultOut(file));
        PrintWriter err = spec.commandLine().getErr();
        SweepSession.Result r = SweepSession.run(new SweepSession.Options(file, dir, n, seed, downAfterSeconds),
                Evaluators.named(evaluator), new SweepProgress(err, SweepProgress.stderrIsTerminal()));
        format.print(spec.commandLine().getOut(), r.report());
        return r.tally().stopped() ? 130 : 0;
    }

    private static String defaultOut(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-results";
    }
}
