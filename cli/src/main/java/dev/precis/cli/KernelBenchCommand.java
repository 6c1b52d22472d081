package dev.precis.cli;

import dev.precis.tlm.Engine;
import dev.precis.tlm.Model;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.models.KernelModels;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis bench kernel}: events per second of an engine on the ring or PHOLD model, and the event digest
 * (equal across engines for the same arguments).
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Run the ring or PHOLD model and report events, simulated time, wall time, events/s and digest.")
final class KernelBenchCommand implements Callable<Integer> {
    enum ModelChoice { ring, phold }

    /** More dispatcher threads than this only adds switching on any machine Precis targets; it also bounds native memory. */
    static final int MAX_THREADS = 1024;

    @Option(names = "--model", required = true, description = "ring or phold")
    ModelChoice model;

    @Option(names = "--engine", defaultValue = "sequential", description = "sequential or actor (default ${DEFAULT-VALUE})")
    EngineChoice engine;

    @Option(names = "--components", required = true, description = "number of components N")
    int components;

    @Option(names = "--events", required = true, description = "events to run (about; each component handles events/N)")
    long events;

    @Option(names = "--population", defaultValue = "1",
            description = "tokens in the ring, or PHOLD events per component (default ${DEFAULT-VALUE})")
    int population;

    @Option(names = "--threads", defaultValue = "1", description = "actor engine dispatcher threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--actors", defaultValue = "0",
            description = "actor engine: host the components in this many actors of consecutive ids (0: one per component)")
    int actors;

    @Option(names = "--seed", defaultValue = "1", description = "PHOLD seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warmup", defaultValue = "1",
            description = "untimed runs before the measured one, to let the JIT compile (default ${DEFAULT-VALUE})")
    int warmup;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (components < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--components must be >= 1");
        if (events < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--events must be >= 1");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1");
        if (population < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--population must be >= 1");
        if (threads > MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be <= " + MAX_THREADS);
        }
        if (actors < 0 || actors > components) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--actors must be between 0 and --components");
        }
        if (warmup < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be >= 0");
        if (model == ModelChoice.ring && components < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--components must be >= 2 for a ring");
        }
        requireHeap();
        PrintWriter err = spec.commandLine().getErr();
        for (int i = 0; i < warmup; i++) {
            run(Math.min(events, 2_000_000), RunOptions.DEFAULT);
        }
        resetPeaks();
        SimulationResult r = run(events, RunOptions.DEFAULT.withProgress(new StderrProgress(err, "bench")));
        format.print(spec.commandLine().getOut(), new KernelBenchReport(model.name(), engine.name(), components,
                population, engine == EngineChoice.actor ? threads : 1,
                engine == EngineChoice.actor ? (actors > 0 ? actors : components) : 0, r.status().name(), r.events(),
                r.endTimePs(), r.wallNanos() / 1e9, Math.round(r.eventsPerSecond()), String.format("%016x", r.digest()),
                peakHeapMiB()));
        return 0;
    }

    /** Refuses a model that cannot fit the heap before building it (a raw OutOfMemoryError a minute later helps no one). */
    private void requireHeap() {
        String what = "--model " + model + " --components " + components
                + (population > 1 ? " --population " + population : "");
        long links = model == ModelChoice.ring ? components
                : MemoryBudget.multiply(what, components, components - 1L) / 2; // PHOLD is fully connected
        long actorCount = engine == EngineChoice.actor ? (actors > 0 ? actors : components) : 0;
        long pending = model == ModelChoice.ring ? population : MemoryBudget.multiply(what, components, population);
        String described = what + (model == ModelChoice.phold ? String.format(" (%,d links)", links) : "")
                + (actorCount > 0 ? String.format(" on %,d actors", actorCount) : "");
        MemoryBudget.require(described, KernelFootprint.bytes(what, components, links, actorCount, pending));
    }

    private SimulationResult run(long eventCount, RunOptions options) {
        Model m = model == ModelChoice.ring
                ? KernelModels.ring(components, population, eventCount)
                : KernelModels.phold(components, population, eventCount, seed);
        Engine e = engine == EngineChoice.actor && actors > 0
                ? new dev.precis.tlm.ActorEngine(threads).partitionedInto(actors) : engine.create(threads);
        return e.run(m, options).orThrow();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }
}
