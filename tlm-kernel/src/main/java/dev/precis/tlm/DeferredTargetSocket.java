package dev.precis.tlm;

import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayDeque;

/**
 * The target side of the approximately-timed protocol for components that decide themselves when a request
 * is done: a stage that forwards work downstream and answers upstream only when the downstream answered, or a
 * unit whose completion depends on later arrivals. Requests are accepted (END_REQ) while fewer than
 * {@code capacity} are held, otherwise END_REQ waits (back-pressure); each accepted request is handed to the
 * owner's {@link Handler}, and the owner calls {@link #respond} when it is done. Answers go out as BEGIN_RESP
 * one at a time, each after the previous END_RESP, in the order the owner completes them (TLM-2.0 allows
 * out-of-order responses). A request stays held until its END_RESP.
 *
 * <p>Use {@link TargetSocket} when the time a request takes is known when it starts.
 */
public final class DeferredTargetSocket {
    /** Receives each request as it is accepted. */
    @FunctionalInterface
    public interface Handler {
        void accepted(Transaction request);
    }

    private final Component owner;
    private final Port port;
    private final int capacity;
    private final Handler handler;
    private final ArrayDeque<Transaction> responses = new ArrayDeque<>();
    private Transaction notAccepted;
    private long notAcceptedSincePs;
    private int inProgress;
    private boolean awaitingEndResp;
    private Counter accepted;
    private Accumulator backPressurePs;

    private DeferredTargetSocket(Component owner, String portName, int capacity, Handler handler) {
        if (capacity < 1) throw new IllegalArgumentException(owner + "." + portName + ": capacity must be >= 1");
        this.owner = owner;
        this.capacity = capacity;
        this.handler = java.util.Objects.requireNonNull(handler, "handler");
        this.port = owner.declarePort(portName, PortDirection.TARGET, this::arrived);
    }

    /** Declares target port {@code portName} on {@code owner}, served by this helper. Call from the constructor. */
    public static DeferredTargetSocket declare(Component owner, String portName, int capacity, Handler handler) {
        return new DeferredTargetSocket(owner, portName, capacity, handler);
    }

    public Port port() {
        return port;
    }

    /** Requests accepted and not yet finished (END_RESP received). */
    public int held() {
        return inProgress + responses.size() + (awaitingEndResp ? 1 : 0);
    }

    /** True when no further request can be accepted until one is finished. */
    public boolean full() {
        return held() >= capacity;
    }

    /** True when a BEGIN_REQ waits for room. */
    public boolean hasWaitingRequest() {
        return notAccepted != null;
    }

    /** Answers {@code request} (one the handler received) with status OK. */
    public void respond(Transaction request) {
        respond(request, ResponseStatus.OK);
    }

    /** Answers {@code request} (one the handler received) with {@code status}. */
    public void respond(Transaction request, ResponseStatus status) {
        if (inProgress == 0) {
            throw new IllegalStateException(owner.name() + "." + port.name() + " answers " + request
                    + " but holds no request in progress");
        }
        inProgress--;
        responses.add(request.withStatus(status).withPhase(Phase.BEGIN_RESP));
        sendNextResponse();
    }

    private void arrived(Transaction tx) {
        registerStatistics();
        switch (tx.phase()) {
            case BEGIN_REQ:
                if (notAccepted != null) {
                    throw new IllegalStateException(owner.name() + "." + port.name() + ": BEGIN_REQ " + tx
                            + " before END_REQ of " + notAccepted);
                }
                if (held() < capacity) {
                    accept(tx);
                } else {
                    notAccepted = tx;
                    notAcceptedSincePs = owner.context().now();
                }
                break;
            case END_RESP:
                awaitingEndResp = false;
                sendNextResponse();
                admitWaitingRequest();
                break;
            default:
                throw new IllegalStateException(owner.name() + "." + port.name() + " cannot take phase "
                        + tx.phase() + " (" + tx + "): it is approximately timed (BEGIN_REQ .. END_RESP)");
        }
    }

    private void accept(Transaction tx) {
        accepted.increment();
        inProgress++;
        owner.context().send(port, tx.withPhase(Phase.END_REQ));
        handler.accepted(tx);
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

    /** Both statistics appear together, at the first request, so every run reports the same names. */
    private void registerStatistics() {
        if (accepted != null) return;
        accepted = owner.context().stats().counter(port.name() + ".requests", "count", "requests accepted on " + port.name());
        backPressurePs = owner.context().stats().accumulator(port.name() + ".backPressure", "ps",
                "time a request waited for END_REQ because the target was full");
    }
}
