package dev.precis.cli;

import dev.precis.workloads.trace.TraceSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code precis trace inspect FILE [--format json]}: validate a trace and print its layers and statistics. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Validate a trace and print per-layer shapes, types, precision histograms and slice statistics.")
final class TraceInspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the trace file")
    Path file;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        format.print(spec.commandLine().getOut(), TraceSummary.read(InputFiles.requireFile(file)));
        return 0;
    }
}
