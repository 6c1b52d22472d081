package dev.precis.tlm;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The guardian of an ActorEngine run: opens synchronisation windows, routes the events that cross partitions,
 * decides when the run ends and assembles the result.
 */
final class WindowCoordinator extends AbstractBehavior<WindowCoordinator.Message> {
    sealed interface Message permits Progress, Finished, Crashed {}

    /** A partition finished starting or running a window. */
    record Progress(int partition, long nextEventTime, Partition.Outgoing outgoing, long stopRequestTime,
                    int stopRequester, String stopReason, ComponentFailure failure, long eventsInWindow, long now)
            implements Message {}

    record Finished(PartitionOutcome outcome, ComponentFailure failure) implements Message {}

    record Crashed(int partition, Throwable error) implements Message {}

    private final Model model;
    private final RunOptions options;
    private final CompletableFuture<SimulationResult> done;
    private final long wallStart;
    private final List<ActorRef<PartitionActor.Command>> actors = new ArrayList<>();
    private final long[] nextTime;
    private final List<List<Event>>[] pending;
    private final long[] pendingMin;
    private final long windowPs;
    private final long limitExclusive;

    private int awaiting;
    private long eventsSoFar;
    private long eventsAtLastProgress;
    private long windowStart;
    /** The time of the last event any partition ran: the run's end time. */
    private long lastEventTime;
    private long stopRequestTime = Long.MAX_VALUE;
    private int stopRequester = Integer.MAX_VALUE;
    private String stopReason;
    private long stopAtExclusive = Long.MAX_VALUE;
    private ComponentFailure failure;
    private RunStatus finalStatus;
    private final List<PartitionOutcome> outcomes = new ArrayList<>();

    static Behavior<Message> create(Model model, RunOptions options, List<Partition> partitions,
                                    CompletableFuture<SimulationResult> done, long wallStart) {
        return Behaviors.setup(ctx -> new WindowCoordinator(ctx, model, options, partitions, done, wallStart));
    }

    @SuppressWarnings("unchecked")
    private WindowCoordinator(ActorContext<Message> ctx, Model model, RunOptions options, List<Partition> partitions,
                              CompletableFuture<SimulationResult> done, long wallStart) {
        super(ctx);
        this.model = model;
        this.options = options;
        this.done = done;
        this.wallStart = wallStart;
        int n = partitions.size();
        this.nextTime = new long[n];
        this.pending = new List[n];
        this.pendingMin = new long[n];
        for (int i = 0; i < n; i++) {
            pending[i] = new ArrayList<>();
            pendingMin[i] = Long.MAX_VALUE;
        }
        this.windowPs = model.stopLatencyPs();
        this.limitExclusive = options.timeLimitPs() == Long.MAX_VALUE ? Long.MAX_VALUE : options.timeLimitPs() + 1;
        for (Partition p : partitions) {
            actors.add(ctx.spawn(PartitionActor.create(p), "partition-" + p.index));
        }
        if (n == 0) {
            finalStatus = RunStatus.COMPLETED;
            complete();
            return;
        }
        for (ActorRef<PartitionActor.Command> a : actors) a.tell(new PartitionActor.Start(ctx.getSelf()));
        awaiting = n;
    }

    @Override
    public Receive<Message> createReceive() {
        return newReceiveBuilder()
                .onMessage(Progress.class, this::onProgress)
                .onMessage(Finished.class, this::onFinished)
                .onMessage(Crashed.class, this::onCrashed)
                .build();
    }

    private Behavior<Message> onProgress(Progress m) {
        nextTime[m.partition()] = m.nextEventTime();
        eventsSoFar += m.eventsInWindow();
        if (m.now() > lastEventTime) lastEventTime = m.now();
        Partition.Outgoing out = m.outgoing();
        for (int i = 0; i < out.destinations().length; i++) {
            int p = out.destinations()[i];
            pending[p].add(out.events()[i]);
            pendingMin[p] = Math.min(pendingMin[p], out.minTime()[i]);
        }
        if (m.stopRequestTime() < stopRequestTime
                || (m.stopRequestTime() == stopRequestTime && m.stopRequester() < stopRequester)) {
            stopRequestTime = m.stopRequestTime();
            stopRequester = m.stopRequester();
            stopReason = m.stopReason();
            stopAtExclusive = SimTime.add(stopRequestTime, model.stopLatencyPs());
        }
        if (m.failure() != null && (failure == null || m.failure().timePs() < failure.timePs())) failure = m.failure();
        if (--awaiting == 0) step();
        return this;
    }

    /** All partitions have reported: open the next window or end the run. */
    private void step() {
        if (eventsSoFar - eventsAtLastProgress >= SequentialEngine.PROGRESS_EVERY_EVENTS) {
            eventsAtLastProgress = eventsSoFar;
            options.progress().progress(windowStart, eventsSoFar);
        }
        boolean stopped = stopAtExclusive != Long.MAX_VALUE;
        if (failure != null) {
            finish(RunStatus.FAILED, false);
            return;
        }
        long next = Long.MAX_VALUE;
        for (int p = 0; p < nextTime.length; p++) next = Math.min(next, Math.min(nextTime[p], pendingMin[p]));
        if (next == Long.MAX_VALUE || next >= Math.min(stopAtExclusive, limitExclusive)) {
            RunStatus status = stopped ? RunStatus.STOPPED
                    : next == Long.MAX_VALUE ? RunStatus.COMPLETED : RunStatus.TIME_LIMIT;
            finish(status, true);
            return;
        }
        long end = Math.min(saturatingAdd(next, windowPs), Math.min(stopAtExclusive, limitExclusive));
        windowStart = next;
        for (int p = 0; p < actors.size(); p++) {
            boolean hasIncoming = !pending[p].isEmpty();
            if (!hasIncoming && nextTime[p] >= end) continue;
            List<List<Event>> incoming = hasIncoming ? pending[p] : List.of();
            if (hasIncoming) {
                nextTime[p] = Math.min(nextTime[p], pendingMin[p]);
                pending[p] = new ArrayList<>();
                pendingMin[p] = Long.MAX_VALUE;
            }
            actors.get(p).tell(new PartitionActor.RunWindow(end, incoming, getContext().getSelf()));
            awaiting++;
        }
    }

    private void finish(RunStatus status, boolean callOnEnd) {
        finalStatus = status;
        awaiting = actors.size();
        for (ActorRef<PartitionActor.Command> a : actors) {
            a.tell(new PartitionActor.Finish(callOnEnd, lastEventTime, getContext().getSelf()));
        }
    }

    private Behavior<Message> onFinished(Finished m) {
        outcomes.add(m.outcome());
        if (m.failure() != null && (failure == null || m.failure().timePs() < failure.timePs())) failure = m.failure();
        if (--awaiting == 0) complete();
        return this;
    }

    private void complete() {
        try {
            outcomes.sort((a, b) -> Integer.compare(a.index(), b.index()));
            done.complete(ResultAssembler.assemble(model, options, outcomes, finalStatus, stopReason, failure,
                    System.nanoTime() - wallStart));
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private Behavior<Message> onCrashed(Crashed m) {
        done.completeExceptionally(new IllegalStateException("partition " + m.partition() + " crashed: "
                + m.error(), m.error()));
        return Behaviors.stopped();
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    @Override
    public String toString() {
        return "WindowCoordinator" + Arrays.toString(nextTime);
    }
}
