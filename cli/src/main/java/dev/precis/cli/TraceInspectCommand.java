package dev.precis.cli;

import dev.precis.workloads.trace.TraceJsonReport;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.trace.TraceTextReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis trace inspect FILE [--format json]}: validate a trace and print its layers and statistics. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Validate a trace and print per-layer shapes, types, precision histograms and slice statistics.")
final class TraceInspectCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "the trace file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TraceSummary summary = TraceSummary.read(InputFiles.requireFile(file));
        String text = format == Format.json ? TraceJsonReport.render(summary) : TraceTextReport.render(summary);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
