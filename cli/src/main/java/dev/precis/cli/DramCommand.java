package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    enum Format { text, json }

    @CommandLine.Mixin
    DramConfigOptions dram = new DramConfigOptions();

    @Option(names = "--trace", required = true, description = "trace file, plain or .gz, in cycle order")
    Path trace;

    @Option(names = "--sort",
            description = "replay a trace whose cycles go backwards sorted by cycle (with a warning) instead of failing")
    boolean sort;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

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
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode node = json.valueToTree(report);
            node.set("configNotes", json.valueToTree(notes));
            out.println(json.writeValueAsString(node));
        } else {
            out.print(report.toText());
            for (String note : notes) out.println("config note            " + note);
        }
        out.flush();
        return 0;
    }
}
