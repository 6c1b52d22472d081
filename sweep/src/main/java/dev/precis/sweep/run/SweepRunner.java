package dev.precis.sweep.run;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointKey;
import dev.precis.sweep.results.ResultStore;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;

/**
 * Runs a sweep's points through a {@link SweepCoordinator}: on this machine with {@code jobs} local workers, or as
 * the coordinator of an Akka Cluster that workers on other machines join ({@code jobs} local workers beside them,
 * 0 by default). Ctrl-C (the JVM's shutdown) stops the coordinator: no new point starts, the running ones finish
 * and are recorded, and the run ends as stopped; rerunning resumes.
 */
public final class SweepRunner {

    /** How long Ctrl-C waits for the running points before the JVM goes down anyway. */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private SweepRunner() {
    }

    /** Runs on this machine with {@code jobs} workers. */
    public static SweepTally local(List<Point> points, ResultStore store, PointEvaluator evaluator, String version,
                                   int jobs, SweepListener listener) {
        return run(points, store, evaluator, version, jobs, false, SweepAkkaConfig.local(jobs), listener);
    }

    /**
     * Runs as a cluster coordinator bound to {@code host:port} (the seed node), until every point is recorded.
     *
     * @param downAfterSeconds how long a silent worker stays unreachable before it is downed and its point re-run
     */
    public static SweepTally coordinator(List<Point> points, ResultStore store, PointEvaluator evaluator, String version,
                                         String host, int port, int localJobs, int downAfterSeconds,
                                         SweepListener listener) {
        return run(points, store, evaluator, version, localJobs, true,
                SweepAkkaConfig.cluster(localJobs, host, port, host, port, downAfterSeconds, true), listener);
    }

    private static SweepTally run(List<Point> points, ResultStore store, PointEvaluator evaluator, String version,
                                  int localWorkers, boolean register, Config config, SweepListener listener) {
        Set<String> keys = new HashSet<>();
        int recorded = 0;
        for (Point p : points) {
            String key = PointKey.of(p, version, evaluator.id());
            if (keys.add(key) && store.isRecorded(key)) recorded++;
        }
        if (recorded == keys.size()) {
            SweepTally tally = new SweepTally(keys.size(), recorded, 0, 0, 0, false);
            listener.started(keys.size(), recorded);
            listener.ended(tally);
            return tally;
        }
        // SLF4J initialised here, before Akka's threads log concurrently (else it replays their first lines noisily).
        LoggerFactory.getILoggerFactory();
        CompletableFuture<SweepTally> done = new CompletableFuture<>();
        SweepCoordinator.Settings settings = new SweepCoordinator.Settings(points, store, evaluator, version,
                localWorkers, register, listener, done);
        ActorSystem<CoordinatorCommand> system = ActorSystem.create(SweepCoordinator.create(settings),
                SweepAkkaConfig.SYSTEM_NAME, config);
        Thread onCtrlC = new Thread(() -> stopAndWait(system, done), "precis-sweep-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sweep ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sweep coordinator failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            system.terminate();
            try {
                system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The system is going down anyway; nothing of the results depends on it any more.
            }
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C is being handled: the hook stays and finishes the stop.
            }
        }
    }

    private static void stopAndWait(ActorSystem<CoordinatorCommand> system, CompletableFuture<SweepTally> done) {
        if (done.isDone()) return;
        system.tell(new CoordinatorCommand.Stop());
        try {
            done.get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Points still running are lost, never half-written: each record is one forced append.
        }
    }
}
