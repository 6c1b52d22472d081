package dev.precis.cli;

import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.replay.DramReport;
import dev.precis.components.dram.replay.DramTraceReplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis bench dram}: simulated requests per wall second of a trace replay, cold and warm. */
@Command(name = "dram", mixinStandardHelpOptions = true,
        description = "Time DRAM trace replays: wall seconds, simulated requests and cycles per second.")
final class DramBenchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DramConfigOptions dram = new DramConfigOptions();

    @Option(names = "--trace", required = true, description = "trace file, plain or .gz, in cycle order")
    Path trace;

    @Option(names = "--runs", defaultValue = "3", description = "replays; the first is cold (default ${DEFAULT-VALUE})")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be >= 1");
        DramConfig config = dram.load("bench dram", spec.commandLine().getErr()).config();
        InputFiles.requireFile(trace);
        PrintWriter out = spec.commandLine().getOut();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            // Trace reading included, as DRAMSim3's wall time includes it.
            long start = System.nanoTime();
            DramReport r = DramTraceReplay.run(config, trace);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            out.printf("run %d: %.3f s wall, %,d requests, %,d cycles, %,.0f requests/s%s%n", i + 1, seconds,
                    r.requests(), r.cycles(), r.requests() / seconds, i == 0 ? " (cold JVM)" : "");
        }
        out.printf("best: %.3f s wall%n", best);
        out.flush();
        return 0;
    }
}
