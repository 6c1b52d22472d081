package dev.precis.tlm;

import dev.precis.tlm.stats.StatsScope;
import dev.precis.tlm.trace.Signal;
import dev.precis.tlm.trace.SignalChange;
import dev.precis.tlm.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.LoggerFactory;

/**
 * The engine-side state of one component, and the {@link ComponentContext} the component sees: its sequence
 * counter, clock state, digest, statistics and open transactions. Lives in exactly one partition.
 */
final class ComponentRuntime implements ComponentContext {
    private static final long NO_TICK = -1;

    final int id;
    final Component component;
    final Partition partition;
    final StatsScope stats;
    private final long modelSeed;
    private long seq;
    private long txCounter;
    long digest = 0x6a09e667f3bcc909L;
    long handled;

    private final ClockDomain clock;
    private long pendingTickCycle = NO_TICK;
    private long lastTickCycle = -1;

    final Map<Long, OpenTransaction> open = new LinkedHashMap<>();
    private Map<Long, Long> initiatorSpanStart;
    private Map<Long, Long> targetSpanStart;
    private long traceOrder;
    final List<Signal> signals = new ArrayList<>();
    private SimLogger log;
    private SplittableRandom random;

    ComponentRuntime(Component component, Partition partition, long modelSeed) {
        this.id = component.id();
        this.component = component;
        this.partition = partition;
        this.stats = new StatsScope(component.name());
        this.modelSeed = modelSeed;
        this.clock = component.clockDomain();
        if (partition.tracer != null) {
            initiatorSpanStart = new HashMap<>();
            targetSpanStart = new HashMap<>();
        }
    }

    // ---- ComponentContext -------------------------------------------------------------------------------

    @Override
    public long now() {
        return partition.now;
    }

    @Override
    public long cycle() {
        return clock == null ? 0 : clock.psToCycle(partition.now);
    }

    @Override
    public void send(Port port, Transaction tx) {
        send(port, tx, 0);
    }

    @Override
    public void after(long delayPs, Runnable action) {
        schedule(delayPs, new ScheduledAction(action));
    }

    /** A self event that runs code instead of reaching onEvent. */
    private record ScheduledAction(Runnable action) {
        @Override
        public String toString() {
            return "scheduled action " + action;
        }
    }

    @Override
    public void send(Port port, Transaction tx, long extraDelayPs) {
        if (extraDelayPs < 0) {
            throw new IllegalArgumentException("component " + component.name() + " sent " + tx
                    + " with negative extra delay " + extraDelayPs + " ps");
        }
        if (port.owner() != component) {
            throw new IllegalArgumentException("component " + component.name() + " sent on port " + port.fullName()
                    + " which belongs to another component");
        }
        Phase phase = tx.phase();
        if (!port.direction().maySend(phase)) {
            throw new IllegalStateException("component " + component.name() + " sent " + phase + " on "
                    + port.direction() + " port " + port.name() + ": " + directionRule(port.direction()));
        }
        long now = partition.now;
        if (phase == Phase.BEGIN_REQ) {
            if (port.requestInFlight) {
                throw new IllegalStateException("component " + component.name() + " sent BEGIN_REQ " + tx
                        + " on port " + port.name() + " before the previous request got END_REQ (back-pressure)");
            }
            port.requestInFlight = true;
            port.requestInFlightId = tx.id();
        }
        Port peer = port.peer();
        if (peer == null) {
            throw new IllegalStateException("component " + component.name() + " sent " + tx + " on port " + port.name()
                    + ", which is not linked");
        }
        if (phase.opens() && port.direction() == PortDirection.INITIATOR) {
            if (open.containsKey(tx.id())) {
                throw new IllegalStateException("component " + component.name() + " began transaction id "
                        + tx.id() + " while it is still outstanding; use ctx.newTransactionId()");
            }
            open.put(tx.id(), new OpenTransaction(tx, peer.owner().name(), now));
            if (initiatorSpanStart != null) initiatorSpanStart.put(tx.id(), now);
        } else if (phase == Phase.END_RESP) {
            open.remove(tx.id());
            traceSpan(initiatorSpanStart, tx, now, 0);
        } else if (phase == Phase.BEGIN_RESP || phase == Phase.LT_RESPONSE) {
            traceSpan(targetSpanStart, tx, now, phase == Phase.LT_RESPONSE ? tx.delayPs() : 0);
        }
        long time = SimTime.add(SimTime.add(now, port.latencyPs()), extraDelayPs);
        partition.enqueue(new Event(time, id, seq++, peer.owner().id(), Event.TRANSACTION, peer, tx));
    }

    @Override
    public void schedule(long delayPs, Object event) {
        if (delayPs < 0) {
            throw new IllegalArgumentException("component " + component.name() + " scheduled " + event
                    + " with negative delay " + delayPs + " ps");
        }
        partition.enqueueLocal(new Event(SimTime.add(partition.now, delayPs), id, seq++, id, Event.SELF, null, event));
    }

    @Override
    public void wakeClock() {
        if (clock == null || pendingTickCycle != NO_TICK) return;
        long cycle = clock.psToCycle(partition.now);
        if (clock.cyclesToPs(cycle) != partition.now) cycle++;
        if (cycle <= lastTickCycle) cycle = lastTickCycle + 1;
        scheduleTick(cycle);
    }

    @Override
    public long newTransactionId() {
        // Component id in the high bits keeps ids unique across components without any shared counter.
        return ((long) id << 40) | txCounter++;
    }

    @Override
    public StatsScope stats() {
        return stats;
    }

    @Override
    public Signal signal(String name, int widthBits) {
        int signalId = (id << 12) | signals.size();
        Signal.Sink sink = partition.tracer != null && partition.tracer.vcd
                ? (s, v) -> partition.tracer.changes.add(new SignalChange(partition.now, s.id(), traceOrder++, v))
                : Signal.Sink.DISCARD;
        Signal s = new Signal(signalId, component.name(), name, widthBits, sink);
        signals.add(s);
        return s;
    }

    @Override
    public SimLogger log() {
        if (log == null) {
            log = new SimLogger(LoggerFactory.getLogger("dev.precis.sim." + component.name()), component.name(),
                    () -> partition.now);
        }
        return log;
    }

    @Override
    public SplittableRandom random() {
        if (random == null) random = new SplittableRandom(modelSeed * 0x9E3779B97F4A7C15L ^ stableHash(component.name()));
        return random;
    }

    @Override
    public void stop(String reason) {
        partition.requestStop(id, reason);
    }

    // ---- engine side ------------------------------------------------------------------------------------

    void startClock() {
        if (clock != null) scheduleTick(0);
    }

    /** Runs one event addressed to this component. */
    void handle(Event e) {
        handled++;
        long h = (digest ^ e.time) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h = (h ^ (((long) e.sourceId << 40) ^ e.sourceSeq)) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        digest = h + e.kind;
        switch (e.kind) {
            case Event.TRANSACTION:
                Transaction tx = (Transaction) e.payload;
                arrived(e.port, tx);
                wakeClock();
                e.port.handler().handle(tx);
                break;
            case Event.SELF:
                wakeClock();
                if (e.payload instanceof ScheduledAction a) a.action().run();
                else component.onEvent(e.payload);
                break;
            default:
                tick();
                break;
        }
    }

    private void arrived(Port port, Transaction tx) {
        long now = partition.now;
        switch (tx.phase()) {
            case END_REQ:
                if (port.requestInFlightId == tx.id()) port.requestInFlight = false;
                touch(tx, null, now);
                break;
            case BEGIN_RESP:
                // BEGIN_RESP implies END_REQ, for that same transaction only (TLM-2.0 base protocol).
                if (port.requestInFlightId == tx.id()) port.requestInFlight = false;
                touch(tx, component.name(), now);
                break;
            case LT_RESPONSE:
                open.remove(tx.id());
                traceSpan(initiatorSpanStart, tx, now, tx.delayPs());
                break;
            case BEGIN_REQ:
            case LT_REQUEST:
                if (targetSpanStart != null) targetSpanStart.put(tx.id(), now);
                break;
            case ONE_WAY:
                if (partition.tracer != null && partition.tracer.chrome) {
                    partition.tracer.events.add(new TraceEvent(now, -1, id, traceOrder++, tx.command().name(),
                            "message", tx.toString()));
                }
                break;
            default:
                break;
        }
    }

    private void touch(Transaction tx, String newHolder, long now) {
        OpenTransaction o = open.get(tx.id());
        if (o == null) return;
        o.lastPhaseAtPs = now;
        if (newHolder != null) o.holder = newHolder;
    }

    private void tick() {
        long cycle = pendingTickCycle;
        pendingTickCycle = NO_TICK;
        lastTickCycle = cycle;
        if (component.clockHandler().tick(cycle)) scheduleTick(cycle + 1);
    }

    private void scheduleTick(long cycle) {
        pendingTickCycle = cycle;
        partition.enqueueLocal(new Event(clock.cyclesToPs(cycle), id, seq++, id, Event.TICK, null, null));
    }

    private void traceSpan(Map<Long, Long> starts, Transaction tx, long now, long extraPs) {
        if (starts == null || !partition.tracer.chrome) return;
        Long start = starts.remove(tx.id());
        if (start == null) return;
        partition.tracer.events.add(new TraceEvent(start, now + extraPs - start, id, traceOrder++,
                tx.command() + " 0x" + Long.toHexString(tx.address()), "transaction", tx.toString()));
    }

    private static String directionRule(PortDirection d) {
        switch (d) {
            case INITIATOR: return "an initiator port sends BEGIN_REQ, END_RESP, LT_REQUEST or ONE_WAY";
            case TARGET: return "a target port sends END_REQ, BEGIN_RESP, LT_RESPONSE or ONE_WAY";
            default: return "a peer port sends ONE_WAY messages only";
        }
    }

    /** String.hashCode is specified by the JLS, so this is the same on every JVM. */
    private static long stableHash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }
}
