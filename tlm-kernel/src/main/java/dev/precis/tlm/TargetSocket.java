package dev.precis.tlm;

import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The target side of the approximately-timed protocol, so a memory-like component is a few lines: requests are
 * accepted (END_REQ) while fewer than {@code capacity} are held, otherwise END_REQ waits (back-pressure); up to
 * {@code servers} are served at once, each for {@link Service#latencyPs}; answers go out as BEGIN_RESP one at a
 * time, each after the previous END_RESP, as TLM-2.0's base protocol requires. Loosely-timed requests are
 * answered at once with LT_RESPONSE carrying the service latency as delay annotation.
 */
public final class TargetSocket {
    /** What serving a request costs and yields. */
    public interface Service {
        long latencyPs(Transaction request);

        default ResponseStatus status(Transaction request) {
            return ResponseStatus.OK;
        }
    }

    private final Component owner;
    private final Port port;
    private final int capacity;
    private final int servers;
    private final Service service;
    private final ArrayDeque<Transaction> waiting = new ArrayDeque<>();
    private final ArrayDeque<Transaction> responses = new ArrayDeque<>();
    private Transaction notAccepted;
    private long notAcceptedSincePs;
    private int inService;
    private boolean awaitingEndResp;
    private Counter accepted;
    private Accumulator backPressurePs;
    private dev.precis.tlm.trace.Signal heldSignal;

    private TargetSocket(Component owner, String portName, int capacity, int servers, Service service) {
        if (capacity < 1) throw new IllegalArgumentException(owner + "." + portName + ": capacity must be >= 1");
        if (servers < 1) throw new IllegalArgumentException(owner + "." + portName + ": servers must be >= 1");
        this.owner = owner;
        this.capacity = capacity;
        this.servers = servers;
        this.service = java.util.Objects.requireNonNull(service, "service");
        this.port = owner.declarePort(portName, PortDirection.TARGET, this::arrived);
    }

    /** Declares target port {@code portName} on {@code owner}, served by this helper. Call from the constructor. */
    public static TargetSocket declare(Component owner, String portName, int capacity, int servers, Service service) {
        return new TargetSocket(owner, portName, capacity, servers, service);
    }

    public Port port() {
        return port;
    }

    /** Requests accepted and not yet answered. */
    public int held() {
        return waiting.size() + inService + responses.size() + (awaitingEndResp ? 1 : 0);
    }

    private void arrived(Transaction tx) {
        ComponentContext ctx = owner.context();
        registerStatistics();
        switch (tx.phase()) {
            case BEGIN_REQ:
                if (held() < capacity) {
                    accept(tx);
                } else {
                    notAccepted = tx;
                    notAcceptedSincePs = ctx.now();
                }
                break;
            case END_RESP:
                awaitingEndResp = false;
                sendNextResponse();
                admitWaitingRequest();
                break;
            case LT_REQUEST:
                accepted.increment();
                ctx.send(port, tx.ltResponse(service.status(tx), service.latencyPs(tx)));
                break;
            default:
                throw new IllegalStateException(owner.name() + "." + port.name() + " cannot take phase "
                        + tx.phase() + " (" + tx + ")");
        }
        heldSignal.set(Math.min(held(), 0xFFFF));
    }

    private void accept(Transaction tx) {
        ComponentContext ctx = owner.context();
        accepted.increment();
        ctx.send(port, tx.withPhase(Phase.END_REQ));
        waiting.add(tx);
        serve();
    }

    private void serve() {
        ComponentContext ctx = owner.context();
        while (inService < servers && !waiting.isEmpty()) {
            Transaction tx = waiting.poll();
            inService++;
            ctx.after(service.latencyPs(tx), () -> finished(tx));
        }
    }

    private void finished(Transaction tx) {
        inService--;
        responses.add(tx.withStatus(service.status(tx)).withPhase(Phase.BEGIN_RESP));
        sendNextResponse();
        serve();
        heldSignal.set(Math.min(held(), 0xFFFF));
    }

    private void sendNextResponse() {
        if (awaitingEndResp || responses.isEmpty()) return;
        awaitingEndResp = true;
        owner.context().send(port, responses.poll());
    }

    private void admitWaitingRequest() {
        if (notAccepted != null && held() < capacity) {
            Transaction tx = notAccepted;
            notAccepted = null;
            backPressurePs.add(owner.context().now() - notAcceptedSincePs);
            accept(tx);
        }
    }

    /** The statistics a socket on {@code portName} registers, for the descriptors of components that use one. */
    public static List<StatSpec> statistics(String portName) {
        return List.of(new StatSpec(portName + ".requests", "count", "requests accepted on " + portName),
                new StatSpec(portName + ".backPressure", "ps", "time a request waited for END_REQ because the target was full"));
    }

    /**
     * A descriptor's statistics for a component whose one socket is on {@code portName}: its {@code own}, then the
     * socket's ({@link #statistics(String)}).
     */
    public static List<StatSpec> statistics(String portName, StatSpec... own) {
        List<StatSpec> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(statistics(portName));
        return List.copyOf(all);
    }

    /** Both statistics appear together, at the first request, so every run reports the same names. */
    private void registerStatistics() {
        if (accepted != null) return;
        List<StatSpec> specs = statistics(port.name());
        accepted = owner.context().stats().counter(specs.get(0));
        backPressurePs = owner.context().stats().accumulator(specs.get(1));
        heldSignal = owner.context().signal(port.name() + "_held", 16);
    }

}
