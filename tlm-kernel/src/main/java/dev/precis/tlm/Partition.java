package dev.precis.tlm;

import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.Statistic;
import dev.precis.tlm.trace.Signal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event loop shared by both engines: a set of components, one event queue, and an outbox for events
 * addressed to components of other partitions. The SequentialEngine runs one partition holding every
 * component; the ActorEngine runs one per actor. Sharing this loop is what makes the engines agree.
 */
final class Partition {
    private static final Logger LOG = LoggerFactory.getLogger(Partition.class);

    final int index;
    final Tracer tracer;
    private final int[] partitionOf;
    private final List<ComponentRuntime> local = new ArrayList<>();
    private final ComponentRuntime[] byId;
    private final EventQueue queue = new EventQueue();
    /** Events for other partitions, by destination partition; null while there are none. */
    private final List<Event>[] outbox;
    private final long[] outboxMinTime;
    /** Destinations whose outbox is non-empty, in first-use order. */
    private final int[] dirty;
    private int dirtyCount;
    private final long stopLatencyPs;

    long now;
    long events;
    long stopAtExclusive = Long.MAX_VALUE;
    private long stopRequestTime = Long.MAX_VALUE;
    private int stopRequester = Integer.MAX_VALUE;
    String stopReason;
    ComponentFailure failure;

    @SuppressWarnings("unchecked")
    Partition(int index, Model model, int[] partitionOf, int partitionCount, Tracer tracer) {
        this.index = index;
        this.tracer = tracer;
        this.partitionOf = partitionOf;
        this.stopLatencyPs = model.stopLatencyPs();
        this.byId = new ComponentRuntime[model.components().size()];
        for (Component c : model.components()) {
            if (partitionOf[c.id()] == index) {
                ComponentRuntime rt = new ComponentRuntime(c, this, model.seed());
                local.add(rt);
                byId[c.id()] = rt;
            }
        }
        this.outbox = new List[partitionCount];
        this.outboxMinTime = new long[partitionCount];
        this.dirty = new int[partitionCount];
        // Outbox lists are created on first use: with one actor per component most pairs never talk.
        java.util.Arrays.fill(outboxMinTime, Long.MAX_VALUE);
    }

    /** Binds contexts, then end-of-elaboration, clock start and onStart for every local component, in id order. */
    void start() {
        for (ComponentRuntime rt : local) rt.component.bindContext(rt);
        for (ComponentRuntime rt : local) {
            if (!lifecycle(rt, "end of elaboration", rt.component::onEndOfElaboration)) return;
        }
        for (ComponentRuntime rt : local) {
            rt.startClock();
            if (!lifecycle(rt, "start of simulation", rt.component::onStart)) return;
        }
    }

    /** Runs every queued event earlier than {@code endExclusive} (and earlier than a requested stop). */
    void runUntil(long endExclusive) {
        runSlice(endExclusive, Long.MAX_VALUE);
    }

    /** Like {@link #runUntil}, but returns after at most {@code maxEvents} events. */
    void runSlice(long endExclusive, long maxEvents) {
        long stopAt = maxEvents >= Long.MAX_VALUE - events ? Long.MAX_VALUE : events + maxEvents;
        EventQueue q = queue;
        ComponentRuntime[] rts = byId;
        while (failure == null && events < stopAt) {
            Event e = q.pollBefore(Math.min(endExclusive, stopAtExclusive));
            if (e == null) return;
            now = e.time;
            events++;
            ComponentRuntime rt = rts[e.targetId];
            try {
                rt.handle(e);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (RuntimeException | Error ex) {
                fail(rt, e.describe(), ex);
            }
        }
    }

    /**
     * Calls onEnd on every local component (unless the run failed) and freezes what this partition holds.
     * {@code endTimePs} is the run's end (the last event anywhere), so {@code now()} in onEnd is the same on
     * every engine.
     */
    PartitionOutcome finish(boolean callOnEnd, long endTimePs) {
        if (endTimePs > now) now = endTimePs;
        if (callOnEnd && failure == null) {
            for (ComponentRuntime rt : local) {
                if (!lifecycle(rt, "end of simulation", rt.component::onEnd)) break;
            }
        }
        List<StatValue> stats = new ArrayList<>();
        List<OutstandingTransaction> open = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        long[] digests = new long[local.size()];
        int[] ids = new int[local.size()];
        for (int i = 0; i < local.size(); i++) {
            ComponentRuntime rt = local.get(i);
            for (Statistic s : rt.stats.all()) stats.add(s.snapshot());
            for (OpenTransaction o : rt.open.values()) open.add(o.freeze(rt.component.name()));
            signals.addAll(rt.signals);
            digests[i] = rt.digest;
            ids[i] = rt.id;
        }
        return new PartitionOutcome(index, now, events, ids, digests, stats, open, signals,
                tracer == null ? List.of() : tracer.events, tracer == null ? List.of() : tracer.changes);
    }

    void enqueue(Event e) {
        int p = partitionOf[e.targetId];
        if (p == index) {
            queue.add(e);
        } else {
            List<Event> box = outbox[p];
            if (box == null) {
                box = new ArrayList<>();
                outbox[p] = box;
                dirty[dirtyCount++] = p;
            }
            box.add(e);
            if (e.time < outboxMinTime[p]) outboxMinTime[p] = e.time;
        }
    }

    void enqueueLocal(Event e) {
        queue.add(e);
    }

    void accept(List<Event> incoming) {
        for (Event e : incoming) queue.add(e);
    }

    long nextEventTime() {
        return queue.peekTime();
    }

    /**
     * Events bound for other partitions, only for the partitions that get some: {@code destinations[i]} receives
     * {@code events[i]}, the earliest at {@code minTime[i]}.
     */
    record Outgoing(int[] destinations, List<Event>[] events, long[] minTime) {}

    /** Hands over the outbox and starts a new one; costs only as much as the destinations written to. */
    Outgoing drainOutbox() {
        int n = dirtyCount;
        int[] dest = java.util.Arrays.copyOf(dirty, n);
        @SuppressWarnings("unchecked")
        List<Event>[] lists = new List[n];
        long[] min = new long[n];
        for (int i = 0; i < n; i++) {
            int p = dest[i];
            lists[i] = outbox[p];
            min[i] = outboxMinTime[p];
            outbox[p] = null;
            outboxMinTime[p] = Long.MAX_VALUE;
        }
        dirtyCount = 0;
        return new Outgoing(dest, lists, min);
    }

    void requestStop(int componentId, String reason) {
        long t = now;
        if (t < stopRequestTime || (t == stopRequestTime && componentId < stopRequester)) {
            stopRequestTime = t;
            stopRequester = componentId;
            stopReason = byId[componentId].component.name() + ": " + reason;
        }
        stopAtExclusive = Math.min(stopAtExclusive, SimTime.add(t, stopLatencyPs));
    }

    long stopRequestTime() {
        return stopRequestTime;
    }

    int stopRequester() {
        return stopRequester;
    }

    private boolean lifecycle(ComponentRuntime rt, String phase, Runnable callback) {
        if (failure != null) return false;
        try {
            callback.run();
            return true;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error ex) {
            fail(rt, phase, ex);
            return false;
        }
    }

    private void fail(ComponentRuntime rt, String what, Throwable ex) {
        failure = new ComponentFailure(rt.component.name(), now, what, ex);
        if (LOG.isDebugEnabled()) {
            org.slf4j.MDC.put(SimLogger.MDC_SIM_TIME, SimTime.format(now));
            org.slf4j.MDC.put(SimLogger.MDC_COMPONENT, rt.component.name());
            try {
                LOG.debug("{}", failure.message(), ex);
            } finally {
                org.slf4j.MDC.remove(SimLogger.MDC_SIM_TIME);
                org.slf4j.MDC.remove(SimLogger.MDC_COMPONENT);
            }
        }
    }
}
