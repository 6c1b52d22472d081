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
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis example}: a small memory system (traffic generators driving banked memories with back-pressure)
 * run end to end, printing a report; a first look at the kernel and its outputs. The seed draws the generators'
 * addresses, which decide the bank conflicts, so a different seed gives different latencies.
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

    @Option(names = "--seed", defaultValue = "1",
            description = "seed of the generators' random addresses and read/write mix, which decide the bank conflicts "
                    + "(default ${DEFAULT-VALUE})")
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
        if (generators < 1 || requests < 0 || threads < 1 || threads > KernelBenchCommand.MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--generators must be >= 1, --requests >= 0 and --threads between 1 and " + KernelBenchCommand.MAX_THREADS);
        }
        String what = "--generators " + generators;
        long components = MemoryBudget.multiply(what, generators, 2);
        MemoryBudget.require(what, KernelFootprint.bytes(what, components, generators,
                engine == EngineChoice.actor ? components : 0, components));
        RunOptions options = RunOptions.DEFAULT.withChromeTrace(chromeTrace).withVcd(vcd);
        SimulationResult r = engine.create(threads)
                .run(KernelModels.memorySystem(generators, requests, seed), options).orThrow();
        PrintWriter err = spec.commandLine().getErr();
        if (statsJson != null) StatsWriter.writeJson(r.stats(), statsJson);
        if (statsCsv != null) StatsWriter.writeCsv(r.stats(), statsCsv);
        for (Path written : new Path[] {statsJson, statsCsv, chromeTrace, vcd}) {
            if (written != null) err.println("wrote " + written);
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Precis example: %d traffic generators -> %d memories (queue 4, 4 banks interleaved every 64 B, "
                + "20 ns + 1 ns/16 B), seed %d%n", generators, generators, seed);
        out.printf("engine %s: %s at %s after %,d events (%.3f s wall), digest %016x%n", engine, r.status(),
                SimTime.format(r.endTimePs()), r.events(), r.wallNanos() / 1e9, r.digest());
        out.printf("%-16s %10s %14s %14s %14s %14s%n", "component", "requests", "mean latency", "max latency",
                "bank conflict", "back-pressure");
        for (int i = 0; i < generators; i++) {
            String cpu = "sys.cpu" + i;
            String mem = "sys.mem" + i;
            out.printf("%-16s %10d %14s %14s %14s %14s%n", cpu,
                    r.stats().get(cpu + ".completed").map(c -> ((StatValue.CounterValue) c).value()).orElse(0L),
                    ps(r, cpu + ".latency", StatValue.AccumulatorValue::mean),
                    ps(r, cpu + ".latency", StatValue.AccumulatorValue::max),
                    ps(r, mem + ".bankConflictWait", StatValue.AccumulatorValue::sum),
                    ps(r, mem + ".in.backPressure", StatValue.AccumulatorValue::sum));
        }
        out.flush();
        return 0;
    }

    /** A figure of an accumulator in picoseconds, formatted; 0 ps when nothing was recorded (--requests 0). */
    private static String ps(SimulationResult r, String name, ToDoubleFunction<StatValue.AccumulatorValue> figure) {
        double v = r.stats().get(name).map(s -> figure.applyAsDouble((StatValue.AccumulatorValue) s)).orElse(0.0);
        return SimTime.format(Math.round(Double.isFinite(v) ? v : 0));
    }
}
