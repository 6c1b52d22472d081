package dev.precis.cli;

import dev.precis.accelerators.compare.CompareRequest;
import dev.precis.accelerators.compare.Comparison;
import dev.precis.accelerators.compare.CompareProgress;
import dev.precis.accelerators.compare.ComparisonRunner;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.Workload;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis compare}: several accelerators on one workload, each run as {@code precis run} runs it (in parallel,
 * up to one run per core), cycles and energy normalised to a baseline; progress per design on stderr, the table on
 * stdout once every run has succeeded, compare.json and compare.png in {@code --out} (atomically).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run several accelerators on one workload and compare cycles and energy, normalised to a baseline.",
                "Each design runs as precis run runs it, with the quantizer its composition names; the baseline runs "
                        + "even if not listed. Writes compare.json and compare.png with --out."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--accelerators", required = true, split = ",", paramLabel = "NAME|FILE.conf",
            description = "the designs, comma-separated, in the order to list them (presets or composition files)")
    List<String> accelerators = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "NAME|FILE.conf",
            description = "the design the others are normalised to (default: the first of --accelerators)")
    String baseline;

    /**
     * A zoo model or a SCALE-Sim topology, from which each design's run makes its own trace with its own quantizer
     * (a trace file fits one quantizer, so it is not a compare workload).
     */
    static final class Models {
        @Option(names = "--model", paramLabel = "MODEL", description = "a zoo model (precis trace --help lists them)")
        String zooModel;

        @Option(names = "--topology", paramLabel = "FILE.csv", description = "a SCALE-Sim topology CSV")
        Path csv;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Models models;

    @CommandLine.Mixin
    RunSettings settings = new RunSettings();

    @Option(names = "--out", paramLabel = "DIR", description = "write compare.json and compare.png into DIR")
    Path out;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @Override
    public Integer call() {
        settings.check();
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out: " + out + " exists and is not a directory");
        }
        PrintWriter err = spec.commandLine().getErr();
        String base = baseline != null ? baseline : accelerators.isEmpty() ? null : accelerators.get(0);
        Workload workload = models.zooModel != null ? new Workload.Model(models.zooModel) : new Workload.Topology(models.csv);
        CompareRequest request = new CompareRequest(accelerators, base, workload, settings.batch, settings.overrides,
                settings.engineKind(), settings.seed, Runtime.getRuntime().availableProcessors());
        Comparison comparison = ComparisonRunner.run(request, new CompareProgress() {
            @Override
            public void designDone(int done, int count, RunReport report, double seconds) {
                progress(err, done, count, report, seconds);
            }

            @Override
            public void described(String line) {
                err.println("compare: " + line);
                err.flush();
            }
        });
        if (out != null) comparison.writeTo(out);
        format.print(spec.commandLine().getOut(), comparison);
        return 0;
    }

    private static void progress(PrintWriter err, int done, int count, RunReport r, double seconds) {
        err.println(String.format(Locale.ROOT, "compare: [%d/%d] %s: %,d cycles, %.4g uJ (%.1f s)", done, count, r.accelerator(),
                r.total().cycles(), r.total().energyPj().total() / 1e6, seconds));
        err.flush();
    }
}
