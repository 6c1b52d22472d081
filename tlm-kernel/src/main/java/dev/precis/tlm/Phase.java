package dev.precis.tlm;

/**
 * The phase a transaction is in when it crosses a link (TLM-2.0's base protocol, plus loosely-timed and
 * one-way forms).
 *
 * <p>Approximately timed: the initiator sends BEGIN_REQ; the target answers END_REQ when it accepts the
 * request (delaying END_REQ is back-pressure: the initiator must not send another BEGIN_REQ on that port
 * before it), then BEGIN_RESP with the result; the initiator ends with END_RESP.
 * Loosely timed: LT_REQUEST, answered at once by LT_RESPONSE whose delay annotation says how long after its
 * arrival the result counts as complete. ONE_WAY: a plain message, nothing outstanding.
 */
public enum Phase {
    BEGIN_REQ(true),
    END_REQ(false),
    BEGIN_RESP(false),
    END_RESP(true),
    LT_REQUEST(true),
    LT_RESPONSE(false),
    ONE_WAY(true);

    private final boolean forward;

    Phase(boolean forward) {
        this.forward = forward;
    }

    /** True for phases that travel from initiator to target; false for those going back. */
    public boolean isForward() {
        return forward;
    }

    /** True when this phase opens a transaction that must later be closed (tracked for deadlock reports). */
    public boolean opens() {
        return this == BEGIN_REQ || this == LT_REQUEST;
    }

    /** True when this phase closes a transaction opened by {@link #opens()}. */
    public boolean closes() {
        return this == END_RESP || this == LT_RESPONSE;
    }
}
