package dev.precis.tlm;

import java.util.ArrayDeque;

/**
 * The initiator side of the approximately-timed protocol: {@link #send} queues requests and issues them one
 * BEGIN_REQ at a time, each after the previous END_REQ (so back-pressure from the target is honoured);
 * responses reach the handler, and END_RESP is sent for each automatically.
 */
public final class InitiatorSocket {
    /** Receives each completed transaction (BEGIN_RESP or LT_RESPONSE). */
    @FunctionalInterface
    public interface ResponseHandler {
        void onResponse(Transaction response);
    }

    private final Component owner;
    private final Port port;
    private final ResponseHandler handler;
    private final ArrayDeque<Transaction> queued = new ArrayDeque<>();
    private boolean requestInFlight;
    private long requestInFlightId;
    private int outstanding;

    private InitiatorSocket(Component owner, String portName, ResponseHandler handler) {
        this.owner = owner;
        this.handler = java.util.Objects.requireNonNull(handler, "response handler");
        this.port = owner.declarePort(portName, PortDirection.INITIATOR, this::arrived);
    }

    /** Declares initiator port {@code portName} on {@code owner}. Call from the constructor. */
    public static InitiatorSocket declare(Component owner, String portName, ResponseHandler handler) {
        return new InitiatorSocket(owner, portName, handler);
    }

    /**
     * Declares initiator port {@code portName} that may stay unlinked: elaboration accepts it unbound, and the
     * owner checks {@code port().isBound()} before sending on it. Call from the constructor.
     */
    public static InitiatorSocket declareOptional(Component owner, String portName, ResponseHandler handler) {
        InitiatorSocket s = new InitiatorSocket(owner, portName, handler);
        s.port.markOptional();
        return s;
    }

    public Port port() {
        return port;
    }

    /** Issues {@code request} (approximately timed) now, or as soon as the target accepts the previous one. */
    public void send(Transaction request) {
        outstanding++;
        if (requestInFlight) queued.add(request.withPhase(Phase.BEGIN_REQ));
        else issue(request.withPhase(Phase.BEGIN_REQ));
    }

    /** Issues a loosely-timed request; its LT_RESPONSE reaches the handler. */
    public void sendLooselyTimed(Transaction request) {
        outstanding++;
        owner.context().send(port, request.withPhase(Phase.LT_REQUEST));
    }

    /** Requests sent (or queued) and not yet answered. */
    public int outstanding() {
        return outstanding;
    }

    /** Requests waiting for the target to accept an earlier one. */
    public int queued() {
        return queued.size();
    }

    private void issue(Transaction tx) {
        requestInFlight = true;
        requestInFlightId = tx.id();
        owner.context().send(port, tx);
    }

    private void arrived(Transaction tx) {
        switch (tx.phase()) {
            case END_REQ:
                if (requestInFlight && tx.id() == requestInFlightId) requestAccepted();
                break;
            case BEGIN_RESP:
                // BEGIN_RESP implies END_REQ for the same transaction (TLM-2.0 base protocol).
                if (requestInFlight && tx.id() == requestInFlightId) requestAccepted();
                owner.context().send(port, tx.withPhase(Phase.END_RESP));
                outstanding--;
                handler.onResponse(tx);
                break;
            case LT_RESPONSE:
                outstanding--;
                handler.onResponse(tx);
                break;
            default:
                throw new IllegalStateException(owner.name() + "." + port.name() + " cannot take phase "
                        + tx.phase() + " (" + tx + ")");
        }
    }

    private void requestAccepted() {
        requestInFlight = false;
        if (!queued.isEmpty()) issue(queued.poll());
    }
}
