package dev.precis.sweep.run;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointKey;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.results.ResultStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hands out a sweep's points to workers that ask (idle workers pull, so a fast worker takes more), records every
 * outcome once through the {@link ResultStore}, and re-queues the point of a worker that goes away (its actor
 * terminates: a local worker that failed, a cluster node that left or was downed). The only writer of the result
 * files. Local workers are its children; cluster workers find it through the receptionist ({@link #SERVICE}).
 * It ends (completing {@link Settings#done()}) when the queue is empty and no point is out; a sweep with nothing
 * left to run is not started at all ({@link SweepRunner}).
 */
public final class SweepCoordinator extends AbstractBehavior<CoordinatorCommand> {

    /** The key cluster workers look the coordinator up by. */
    public static final ServiceKey<CoordinatorCommand> SERVICE = ServiceKey.create(CoordinatorCommand.class,
            "precis-sweep-coordinator");
    /** What a worker is told when every point is recorded. */
    public static final String SWEEP_OVER = "the sweep is over";
    /** What a worker is told when Ctrl-C stopped the coordinator. */
    static final String STOPPED = "the coordinator was stopped (Ctrl-C) before the sweep was over; rerunning it resumes";
    /** The dispatcher local workers run on (sized to --jobs in {@link SweepAkkaConfig}). */
    public static final String WORKER_DISPATCHER = "precis-sweep.worker-dispatcher";

    private record Pending(String key, Point point) {
    }

    /** Everything the coordinator needs; {@code done} completes when the sweep ends. */
    public record Settings(List<Point> points, ResultStore store, PointEvaluator evaluator, String precisVersion,
                           int localWorkers, boolean register, SweepListener listener,
                           CompletableFuture<SweepTally> done) {
    }

    private final Settings s;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Map<ActorRef<WorkerCommand>, Pending> inFlight = new HashMap<>();
    private final Set<ActorRef<WorkerCommand>> idle = new LinkedHashSet<>();
    private final Set<ActorRef<WorkerCommand>> watched = new HashSet<>();
    private final int total;
    private final int alreadyDone;
    private int ran;
    private int failed;
    private int requeued;
    private boolean stopping;

    public static Behavior<CoordinatorCommand> create(Settings settings) {
        return Behaviors.setup(ctx -> new SweepCoordinator(ctx, settings));
    }

    private SweepCoordinator(ActorContext<CoordinatorCommand> ctx, Settings s) {
        super(ctx);
        this.s = s;
        Set<String> keys = new HashSet<>();
        int recorded = 0;
        for (Point p : s.points()) {
            String key = PointKey.of(p, s.precisVersion(), s.evaluator().id());
            if (!keys.add(key)) continue;
            if (s.store().isRecorded(key)) recorded++;
            else queue.add(new Pending(key, p));
        }
        this.total = keys.size();
        this.alreadyDone = recorded;
        s.listener().started(total, alreadyDone);
        if (s.register()) ctx.getSystem().receptionist().tell(Receptionist.register(SERVICE, ctx.getSelf()));
        for (int i = 0; i < s.localWorkers(); i++) {
            ctx.spawn(SweepWorker.create(ctx.getSelf(), s.evaluator(), s.precisVersion()), "worker-" + i,
                    DispatcherSelector.fromConfig(WORKER_DISPATCHER));
        }
    }

    @Override
    public Receive<CoordinatorCommand> createReceive() {
        return newReceiveBuilder()
                .onMessage(CoordinatorCommand.RequestWork.class, this::onRequest)
                .onMessage(CoordinatorCommand.PointFinished.class, this::onFinished)
                .onMessage(CoordinatorCommand.Stop.class, m -> onStop())
                .onSignal(Terminated.class, t -> onWorkerGone(t.getRef().unsafeUpcast()))
                .build();
    }

    private Behavior<CoordinatorCommand> onRequest(CoordinatorCommand.RequestWork m) {
        if (!m.precisVersion().equals(s.precisVersion()) || !m.evaluatorId().equals(s.evaluator().id())) {
            String reason = "the coordinator runs Precis " + s.precisVersion() + " with evaluator " + s.evaluator().id()
                    + ", this worker " + m.precisVersion() + " with " + m.evaluatorId();
            s.listener().refused(m.worker().path().toString(), reason);
            m.worker().tell(new WorkerCommand.NoMoreWork(reason));
            return this;
        }
        if (watched.add(m.worker())) getContext().watch(m.worker());
        offer(m.worker());
        return next();
    }

    private Behavior<CoordinatorCommand> onFinished(CoordinatorCommand.PointFinished m) {
        Pending p = inFlight.get(m.worker());
        if (p != null && p.key().equals(m.outcome().key())) inFlight.remove(m.worker());
        // A result of a point already recorded (a worker declared gone that still answered) is dropped here.
        if (s.store().record(m.outcome())) {
            ran++;
            if (m.outcome() instanceof PointOutcome.Failed) failed++;
            s.listener().finished(m.outcome(), alreadyDone + ran, total);
        }
        offer(m.worker());
        return next();
    }

    private Behavior<CoordinatorCommand> onWorkerGone(ActorRef<WorkerCommand> worker) {
        watched.remove(worker);
        idle.remove(worker);
        Pending p = inFlight.remove(worker);
        if (p != null && !s.store().isRecorded(p.key()) && !stopping) {
            queue.addFirst(p);
            requeued++;
            s.listener().requeued(p.point().label(), worker.path().toString());
            List<ActorRef<WorkerCommand>> waiting = List.copyOf(idle);
            idle.clear();
            waiting.forEach(this::offer);
        }
        return next();
    }

    private Behavior<CoordinatorCommand> onStop() {
        stopping = true;
        queue.clear();
        return next();
    }

    /** Gives {@code worker} the next unrecorded point, or parks it until one comes back (or the sweep ends). */
    private void offer(ActorRef<WorkerCommand> worker) {
        while (!stopping && !queue.isEmpty()) {
            Pending p = queue.poll();
            if (s.store().isRecorded(p.key())) continue;
            inFlight.put(worker, p);
            worker.tell(new WorkerCommand.Work(p.key(), p.point()));
            return;
        }
        idle.add(worker);
    }

    /** Ends the sweep once no point is queued or out: the parked workers are told, and the coordinator stops. */
    private Behavior<CoordinatorCommand> next() {
        if (!queue.isEmpty() || !inFlight.isEmpty()) return this;
        String reason = stopping ? STOPPED : SWEEP_OVER;
        for (ActorRef<WorkerCommand> w : idle) w.tell(new WorkerCommand.NoMoreWork(reason));
        idle.clear();
        finish();
        return Behaviors.stopped();
    }

    private void finish() {
        SweepTally tally = new SweepTally(total, alreadyDone, ran, failed, requeued, alreadyDone + ran < total);
        s.listener().ended(tally);
        s.done().complete(tally);
    }
}
