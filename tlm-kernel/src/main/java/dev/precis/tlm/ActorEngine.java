package dev.precis.tlm;

import akka.actor.BootstrapSetup;
import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a model on Akka typed actors: one actor per component by default, or one per group of components
 * sharing a hierarchy prefix. Conservative synchronisation: a coordinator opens windows [T, T+L) where T is
 * the earliest pending event anywhere and L the model's smallest link latency (its lookahead: nothing sent
 * inside a window can arrive inside it); each actor runs its own events of the window, then hands the events
 * for other actors to the coordinator, which delivers them with the next window. There is no barrier per
 * event, only per window, and windows skip empty time.
 *
 * <p>Results equal the SequentialEngine's: every actor runs the same event loop ({@link Partition}) in the
 * same (time, source id, source sequence) order. Grouping saves messages; the window stays the smallest link
 * latency of the whole model, so that a stop request ends every engine at the same point.
 * The actor system is created per run and always terminated before {@code run} returns; its dispatchers run
 * on a pool the run owns ({@link RunThreadPool}), and no thread of the run is alive once {@code run} returns.
 */
public final class ActorEngine implements Engine {
    private static final long TERMINATION_TIMEOUT_S = 30;

    private final int threads;
    private final int groupSegments;
    private final int blocks;

    /** One actor per component, on as many dispatcher threads as there are cores. */
    public ActorEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ActorEngine(int threads) {
        this(threads, 0, 0);
    }

    private ActorEngine(int threads, int groupSegments, int blocks) {
        if (threads < 1) throw new IllegalArgumentException("dispatcher threads must be >= 1, got " + threads);
        if (groupSegments < 0) throw new IllegalArgumentException("prefix segments must be >= 0, got " + groupSegments);
        if (blocks < 0) throw new IllegalArgumentException("actor count must be >= 0, got " + blocks);
        this.threads = threads;
        this.groupSegments = groupSegments;
        this.blocks = blocks;
    }

    /**
     * Hosts all components that share their first {@code segments} name segments in one actor
     * ({@code top.pe[3].mac} and {@code top.pe[3].acc} share the prefix {@code top.pe[3]} at 2 segments).
     * 0 means one actor per component.
     */
    public ActorEngine groupedByPrefix(int segments) {
        return new ActorEngine(threads, segments, 0);
    }

    /**
     * Hosts the components in {@code actors} actors of consecutive component ids (SST's linear partitioner);
     * fewer, larger actors cost fewer messages per window. 0 means one actor per component.
     */
    public ActorEngine partitionedInto(int actors) {
        return new ActorEngine(threads, 0, actors);
    }

    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return "actor";
    }

    @Override
    public SimulationResult run(Model model, RunOptions options) {
        model.claim();
        long wallStart = System.nanoTime();
        int[] partitionOf = new int[model.components().size()];
        int count = assignPartitions(model, partitionOf);
        List<Partition> partitions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Tracer tracer = options.tracing() ? new Tracer(options.chromeTrace() != null, options.vcd() != null) : null;
            partitions.add(new Partition(i, model, partitionOf, count, tracer));
        }
        CompletableFuture<SimulationResult> done = new CompletableFuture<>();
        // A name of its own, so this run can wait for exactly its own threads to end.
        String systemName = "precis-actor-engine-" + Long.toHexString(System.nanoTime()) + "-"
                + Integer.toHexString(System.identityHashCode(done));
        RunThreadPool threadPool = new RunThreadPool(systemName + "-", threads);
        ActorSystem<WindowCoordinator.Message> system;
        try {
            system = ActorSystem.create(WindowCoordinator.create(model, options, partitions, done, wallStart), systemName,
                    BootstrapSetup.create(config()).withDefaultExecutionContext(threadPool.executionContext()));
        } catch (RuntimeException e) {
            threadPool.close(System.nanoTime() + TimeUnit.SECONDS.toNanos(TERMINATION_TIMEOUT_S));
            throw e;
        }
        try {
            SimulationResult result = done.get();
            SequentialEngine.log(result);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the actor engine was running", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("actor engine failed: " + e.getCause(), e.getCause());
        } finally {
            end(system, threadPool, systemName + "-");
        }
    }

    /**
     * Terminates the run's actor system, then waits, up to one deadline, until no thread of the run is alive:
     * every worker the run's own pool started (the dispatchers run there), then any other thread named for
     * the run (Akka's scheduler thread), looking again until a look finds none, so that a thread started
     * during shutdown is waited for too. Nothing of the run outlives {@code run()}.
     */
    private static void end(ActorSystem<?> system, RunThreadPool threadPool, String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TERMINATION_TIMEOUT_S);
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(TERMINATION_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the actor system was terminating", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("actor system did not terminate within " + TERMINATION_TIMEOUT_S + " s", e);
        }
        threadPool.close(deadline);
        joinNamed(prefix, deadline);
    }

    private static void joinNamed(String prefix, long deadline) {
        while (true) {
            List<Thread> alive = new ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith(prefix) && t.isAlive() && t != Thread.currentThread()) alive.add(t);
            }
            if (alive.isEmpty()) return;
            try {
                for (Thread t : alive) {
                    long left = deadline - System.nanoTime();
                    if (left > 0) t.join(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the actor run's threads to end", e);
            }
            if (System.nanoTime() - deadline >= 0) {
                RunThreadPool.requireEnded(alive, "actor system");
                return;
            }
        }
    }

    private int assignPartitions(Model model, int[] partitionOf) {
        int n = model.components().size();
        if (blocks > 0) {
            int count = Math.min(blocks, Math.max(1, n));
            for (int id = 0; id < n; id++) partitionOf[id] = (int) ((long) id * count / n);
            return count;
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Component c : model.components()) {
            String key = groupSegments == 0 ? c.name() : prefix(c.name(), groupSegments);
            Integer p = groups.get(key);
            if (p == null) {
                p = groups.size();
                groups.put(key, p);
            }
            partitionOf[c.id()] = p;
        }
        return groups.size();
    }

    private static String prefix(String name, int segments) {
        int idx = -1;
        for (int i = 0; i < segments; i++) {
            idx = name.indexOf('.', idx + 1);
            if (idx < 0) return name;
        }
        return name.substring(0, idx);
    }

    /**
     * Every dispatcher of the run executes on the run's own pool of the engine's thread count
     * ({@code default-executor} takes the execution context given at creation); Akka logs through SLF4J.
     */
    static Config config() {
        String text = String.join("\n",
                "akka {",
                "  loglevel = WARNING",
                "  stdout-loglevel = OFF",
                "  loggers = [\"akka.event.slf4j.Slf4jLogger\"]",
                "  logging-filter = \"akka.event.slf4j.Slf4jLoggingFilter\"",
                "  log-dead-letters = off",
                "  log-dead-letters-during-shutdown = off",
                "  jvm-shutdown-hooks = off",
                "  coordinated-shutdown.run-by-jvm-shutdown-hook = off",
                "  actor.default-dispatcher {",
                "    executor = default-executor",
                "    throughput = 64",
                "    shutdown-timeout = 1ms",
                "  }",
                "  actor.internal-dispatcher {",
                "    executor = default-executor",
                "    shutdown-timeout = 1ms",
                "  }",
                "  actor.default-blocking-io-dispatcher {",
                "    executor = default-executor",
                "    shutdown-timeout = 1ms",
                "  }",
                "}");
        return ConfigFactory.parseString(text).withFallback(ConfigFactory.load());
    }
}
