package dev.precis.sweep.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.receptionist.Receptionist;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.run.CoordinatorCommand;
import dev.precis.sweep.run.SweepAkkaConfig;
import dev.precis.sweep.run.SweepCoordinator;
import dev.precis.sweep.run.SweepWorker;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * A machine's workers for a cluster sweep: joins the coordinator's node, waits for the coordinator to appear in
 * the receptionist, then runs {@code jobs} workers that pull points from it until it says the sweep is over. Ends
 * when every worker has stopped, or when the coordinator goes away (its node left or was downed) with workers
 * still waiting for it.
 */
public final class ClusterWorkerNode {

    /** After the coordinator terminates, how long its last messages (the end of the sweep) may still take. */
    private static final Duration COORDINATOR_GONE_GRACE = Duration.ofSeconds(3);

    private ClusterWorkerNode() {
    }

    /** What ended the node: whether the sweep was over, and the reason. */
    public record Ending(boolean sweepOver, String reason) {
    }

    private enum CoordinatorGone { INSTANCE }

    /**
     * Runs until the sweep is over or the coordinator is gone.
     *
     * @param host the address the coordinator reaches this machine at
     * @param port the port to listen on (0: any free port)
     */
    public static Ending run(String seedHost, int seedPort, String host, int port, int jobs, int downAfterSeconds,
                             PointEvaluator evaluator, String version, PrintWriter err) {
        LoggerFactory.getILoggerFactory();
        CompletableFuture<Ending> ending = new CompletableFuture<>();
        ActorSystem<Void> system = ActorSystem.create(guardian(jobs, evaluator, version, err, ending),
                SweepAkkaConfig.SYSTEM_NAME,
                SweepAkkaConfig.cluster(jobs, host, port, seedHost, seedPort, downAfterSeconds, false));
        system.getWhenTerminated().thenRun(() -> ending.complete(new Ending(false, "the worker's cluster node stopped")));
        Ending e = ending.join();
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().join();
        return e;
    }

    private static Behavior<Void> guardian(int jobs, PointEvaluator evaluator, String version, PrintWriter err,
                                           CompletableFuture<Ending> ending) {
        return Behaviors.<Object>setup(ctx -> {
            ActorRef<Receptionist.Listing> listings = ctx.messageAdapter(Receptionist.Listing.class, l -> l);
            ctx.getSystem().receptionist().tell(Receptionist.subscribe(SweepCoordinator.SERVICE, listings));
            return waiting(jobs, evaluator, version, err, ending);
        }).unsafeCast();
    }

    private static Behavior<Object> waiting(int jobs, PointEvaluator evaluator, String version, PrintWriter err,
                                            CompletableFuture<Ending> ending) {
        return Behaviors.receive(Object.class)
                .onMessage(Receptionist.Listing.class, l -> {
                    Set<ActorRef<CoordinatorCommand>> found = l.getServiceInstances(SweepCoordinator.SERVICE);
                    if (found.isEmpty()) return Behaviors.same();
                    ActorRef<CoordinatorCommand> coordinator = found.iterator().next();
                    return Behaviors.setup(ctx -> {
                        err.println("precis worker: joined the sweep of " + coordinator.path().address() + " with "
                                + jobs + " job(s)");
                        err.flush();
                        AtomicReference<String> endReason = new AtomicReference<>();
                        ctx.watch(coordinator);
                        for (int i = 0; i < jobs; i++) {
                            ctx.watch(ctx.spawn(SweepWorker.create(coordinator, evaluator, version, endReason::set),
                                    "worker-" + i, DispatcherSelector.fromConfig(SweepCoordinator.WORKER_DISPATCHER)));
                        }
                        return working(coordinator, jobs, endReason, ending);
                    });
                })
                .build();
    }

    private static Behavior<Object> working(ActorRef<CoordinatorCommand> coordinator, int running,
                                            AtomicReference<String> endReason, CompletableFuture<Ending> ending) {
        return Behaviors.withTimers(timers -> Behaviors.receive(Object.class)
                .onMessage(Receptionist.Listing.class, l -> Behaviors.same())
                .onMessageEquals(CoordinatorGone.INSTANCE, () -> {
                    ending.complete(new Ending(false, "the coordinator " + coordinator.path().address()
                            + " went away before the sweep was over"));
                    return Behaviors.stopped();
                })
                .onSignal(Terminated.class, t -> {
                    if (t.getRef().equals(coordinator)) {
                        timers.startSingleTimer(CoordinatorGone.INSTANCE, COORDINATOR_GONE_GRACE);
                        return Behaviors.same();
                    }
                    if (running == 1) {
                        String reason = endReason.get() == null ? "the workers stopped" : endReason.get();
                        ending.complete(new Ending(SweepCoordinator.SWEEP_OVER.equals(reason), reason));
                        return Behaviors.stopped();
                    }
                    return working(coordinator, running - 1, endReason, ending);
                })
                .build());
    }
}
