package dev.precis.tlm;

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
 * The actor system is created per run and always terminated before {@code run} returns.
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
        ActorSystem<WindowCoordinator.Message> system = ActorSystem.create(
                WindowCoordinator.create(model, options, partitions, done, wallStart), systemName, config(threads));
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
            system.terminate();
            try {
                system.getWhenTerminated().toCompletableFuture().get(TERMINATION_TIMEOUT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("actor system did not terminate", e);
            }
            joinThreads(systemName + "-");
        }
    }

    /** Dispatcher threads end shortly after the system terminates; wait for them so none outlives run(). */
    private static void joinThreads(String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TERMINATION_TIMEOUT_S);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith(prefix) || t == Thread.currentThread()) continue;
            try {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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

    /** Every actor of the run on one dispatcher of exactly {@code threads} threads; Akka logs through SLF4J. */
    static Config config(int threads) {
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
                "    executor = fork-join-executor",
                "    fork-join-executor { parallelism-min = " + threads + ", parallelism-max = " + threads
                        + ", parallelism-factor = 1.0 }",
                "    throughput = 64",
                "    shutdown-timeout = 1ms",
                "  }",
                "  actor.internal-dispatcher {",
                "    executor = fork-join-executor",
                "    fork-join-executor { parallelism-min = 1, parallelism-max = 2, parallelism-factor = 1.0 }",
                "    shutdown-timeout = 1ms",
                "  }",
                "}");
        return ConfigFactory.parseString(text).withFallback(ConfigFactory.load());
    }
}
