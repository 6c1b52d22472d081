package dev.precis.cli;

import dev.precis.components.dram.CheckedDramConfig;
import dev.precis.components.dram.DramConfigNote;
import dev.precis.components.dram.replay.DramReport;
import dev.precis.components.dram.replay.DramTraceReplay;
import dev.precis.components.dram.replay.DramTraceSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis dram}: replays a DRAMSim3-format address trace open loop (with back-pressure) on a DRAM preset or
 * a DRAMSim3 .ini file and prints bandwidth, read latency, row-hit rate, command counts and energy. Values the
 * configuration did not give and Precis filled are listed on stderr and in the report ({@code configNotes}).
 */
@Command(name = "dram", mixinStandardHelpOptions = true,
        description = "Replay a DRAMSim3-format trace (0xADDR READ|WRITE CYCLE) on a DRAM preset or .ini file.")
final class DramCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DramConfigOptions dram = new DramConfigOptions();

    @Option(names = "--trace", required = true, description = "trace file, plain or .gz, in cycle order")
    Path trace;

    @Option(names = "--sort",
            description = "replay a trace whose cycles go backwards sorted by cycle (with a warning) instead of failing")
    boolean sort;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CheckedDramConfig checked = dram.load("dram", err);
        err.println("dram: replaying " + trace + " on " + dram.preset);
        err.flush();
        DramReport report;
        try (DramTraceSource source = TraceInput.open(trace, sort, "dram", err)) {
            report = DramTraceReplay.run(checked.config(), trace.getFileName().toString(), source);
        }
        List<String> notes = checked.notes().stream().map(DramConfigNote::toString).toList();
        format.print(spec.commandLine().getOut(), report.withConfigNotes(notes));
        return 0;
    }
}
