package dev.precis.cli;

import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.Validation;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.ValidationRun;
import dev.precis.validation.report.ReportWriter;
import dev.precis.validation.report.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precis validate}: runs the validation experiments, prints their checks (table or JSON) and writes
 * validation.json, report.md and the plots into the output folder. Exit code 0 when every check passes,
 * {@link #CHECKS_FAILED} when one fails (the report is printed and written all the same).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reproduce the papers' results and the reference simulators' figures; report each check.")
final class ValidateCommand implements Callable<Integer> {

    /** The exit code of a validation that ran to the end with at least one failing check. */
    static final int CHECKS_FAILED = 3;

    @Parameters(index = "0", paramLabel = "WHAT",
            description = "ant, lpa, drift, panacea, dram, noc, systolic or all (the experiments on this build: "
                    + "${COMPLETION-CANDIDATES})", completionCandidates = Names.class)
    String what;

    @Option(names = "--out", defaultValue = "validation-report",
            description = "folder for validation.json, report.md and the plots (default ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @Option(names = "--quick", description = "two models per paper at batch 1, the reference simulators' short runs")
    boolean quick;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The experiment names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new java.util.ArrayList<>(Validation.names());
            names.add("all");
            return names.iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> names;
        try {
            names = Validation.select(what);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "validate: " + e.getMessage());
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            // Checked before minutes of simulation, not after.
            throw new CommandLine.ParameterException(spec.commandLine(), "validate: --out " + out
                    + ": not a directory");
        }
        Scope scope = quick ? Scope.QUICK : Scope.FULL;
        long start = System.nanoTime();
        ValidationRun run = Validation.run(names, scope, new StderrSteps(err));
        String command = "precis validate " + what + (quick ? " --quick" : "");
        for (Path p : ReportWriter.write(out, run, command)) {
            err.println("wrote " + p);
        }
        err.printf(Locale.ROOT, "validate: %d of %d checks pass, %.1f s%n",
                run.checks().stream().filter(c -> c.pass()).count(), run.checks().size(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
        format.print(spec.commandLine().getOut(), new ValidationReport(run));
        return run.allPass() ? 0 : CHECKS_FAILED;
    }

    /** One line per experiment start, step and end on stderr. */
    private record StderrSteps(PrintWriter err) implements ValidationProgress {
        @Override
        public void started(Experiment experiment) {
            err.println("validate: " + experiment.name() + ": " + experiment.title());
            err.flush();
        }

        @Override
        public void step(String experiment, String what) {
            err.println("validate: " + experiment + ": " + what);
            err.flush();
        }

        @Override
        public void finished(ExperimentResult result, double seconds) {
            err.printf(Locale.ROOT, "validate: %s: %d of %d checks pass (%.1f s)%n", result.name(), result.passed(),
                    result.checks().size(), seconds);
            err.flush();
        }
    }
}
