package dev.precis.tlm;

/** Which side of a link a port is on, and so which phases it may send. */
public enum PortDirection {
    /** Sends requests (BEGIN_REQ, END_RESP, LT_REQUEST, ONE_WAY) and receives their answers. */
    INITIATOR,
    /** Receives requests and sends answers (END_REQ, BEGIN_RESP, LT_RESPONSE). */
    TARGET,
    /** A symmetric end of a message link: sends and receives ONE_WAY messages only (SST-style links). */
    PEER;

    /** Whether a port of this direction may be linked to a port of {@code other}. */
    public boolean canLinkTo(PortDirection other) {
        switch (this) {
            case INITIATOR: return other == TARGET;
            case TARGET: return other == INITIATOR;
            default: return other == PEER;
        }
    }

    /** Whether a port of this direction may send {@code phase}. */
    public boolean maySend(Phase phase) {
        if (phase == Phase.ONE_WAY) return true;
        switch (this) {
            case INITIATOR: return phase.isForward();
            case TARGET: return !phase.isForward();
            default: return false;
        }
    }
}
