package dev.precis.cli;

import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.models.KernelModels;
import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis example}: a small memory system (traffic generators driving fixed-latency memories with
 * back-pressure) run end to end, printing a report; a first look at the kernel and its outputs.
 * {@code precis example NAME} runs one of the teaching examples of the examples module; {@code --list} lists them.
 */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = "Run a small memory-system model and print its report, or run the example NAME (see --list).")
final class ExampleCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "NAME", description = "an example from --list")
    String example;

    @Option(names = "--list", description = "list the examples, each teaching one concept")
    boolean list;

    @Option(names = "--engine", defaultValue = "sequential", description = "sequential or actor (default ${DEFAULT-VALUE})")
    EngineChoice engine;

    @Option(names = "--threads", defaultValue = "2", description = "actor engine threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--generators", defaultValue = "4", description = "generator/memory pairs (default ${DEFAULT-VALUE})")
    int generators;

    @Option(names = "--requests", defaultValue = "1000", description = "requests per generator (default ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--stats-json", description = "write all statistics to this JSON file")
    Path statsJson;

    @Option(names = "--stats-csv", description = "write all statistics to this CSV file")
    Path statsCsv;

    @Option(names = "--chrome-trace", description = "write a Chrome trace-event JSON (open in Perfetto)")
    Path chromeTrace;

    @Option(names = "--vcd", description = "write a VCD of signals (open in GTKWave)")
    Path vcd;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        if (list) {
            for (dev.precis.examples.Example e : dev.precis.examples.Examples.all()) {
                printer.printf("%-18s %s%n", e.name(), e.teaches());
            }
            printer.flush();
            return 0;
        }
        if (example != null) {
            printer.print(dev.precis.examples.Examples.named(example).run());
            printer.flush();
            return 0;
        }
        if (generators < 1 || requests < 0 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--generators and --threads must be >= 1, --requests >= 0");
        }
        RunOptions options = RunOptions.DEFAULT.withChromeTrace(chromeTrace).withVcd(vcd);
        SimulationResult r = engine.create(threads)
                .run(KernelModels.memorySystem(generators, requests, seed), options).orThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Precis example: %d traffic generators -> %d memories (queue 4, 2 banks, 20 ns + 1 ns/16 B)%n",
                generators, generators);
        out.printf("engine %s: %s at %s after %,d events (%.3f s wall), digest %016x%n", engine, r.status(),
                SimTime.format(r.endTimePs()), r.events(), r.wallNanos() / 1e9, r.digest());
        out.printf("%-16s %10s %14s %14s %14s%n", "component", "requests", "mean latency", "max latency", "back-pressure");
        for (int i = 0; i < generators; i++) {
            StatValue.AccumulatorValue lat = (StatValue.AccumulatorValue) r.stats().get("sys.cpu" + i + ".latency").orElseThrow();
            StatValue.AccumulatorValue bp = (StatValue.AccumulatorValue) r.stats().get("sys.mem" + i + ".in.backPressure")
                    .orElseThrow();
            out.printf("%-16s %10d %14s %14s %14s%n", "sys.cpu" + i, r.stats().counter("sys.cpu" + i + ".completed"),
                    SimTime.format(Math.round(lat.mean())), SimTime.format(Math.round(lat.max())),
                    SimTime.format(Math.round(bp.sum())));
        }
        if (statsJson != null) StatsWriter.writeJson(r.stats(), statsJson);
        if (statsCsv != null) StatsWriter.writeCsv(r.stats(), statsCsv);
        out.flush();
        return 0;
    }
}
