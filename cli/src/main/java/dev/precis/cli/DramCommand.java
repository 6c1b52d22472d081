package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramPresets;
import dev.precis.components.dram.replay.DramReport;
import dev.precis.components.dram.replay.DramTraceReplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis dram}: replays a DRAMSim3-format address trace open loop (with back-pressure) on a DRAM preset or
 * a DRAMSim3 .ini file and prints bandwidth, read latency, row-hit rate, command counts and energy.
 */
@Command(name = "dram", mixinStandardHelpOptions = true,
        description = "Replay a DRAMSim3-format trace (0xADDR READ|WRITE CYCLE) on a DRAM preset or .ini file.")
final class DramCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--preset", required = true,
            description = "ddr4-2400, ddr4-3200, lpddr4, hbm2, a DRAMSim3 configuration name, or a FILE.ini")
    String preset;

    @Option(names = "--trace", required = true, description = "trace file, plain or .gz")
    Path trace;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DramConfig config = DramPresets.load(preset);
        spec.commandLine().getErr().println("dram: replaying " + trace + " on " + preset);
        spec.commandLine().getErr().flush();
        DramReport report = DramTraceReplay.run(config, trace);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) out.println(new ObjectMapper().writeValueAsString(report));
        else out.print(report.toText());
        out.flush();
        return 0;
    }
}
