package dev.precis.tlm;

/**
 * One scheduled event: a transaction arriving on a port, a self event, or a clock tick. Ordered by
 * (time, source component id, source sequence number), which is unique and identical on every engine.
 * Never modified after it is queued, so it can cross actors safely.
 */
final class Event {
    static final byte TRANSACTION = 0;
    static final byte SELF = 1;
    static final byte TICK = 2;

    final long time;
    final int sourceId;
    final long sourceSeq;
    final int targetId;
    final byte kind;
    /** The receiving port, for TRANSACTION events. */
    final Port port;
    /** The transaction, or the self event's payload; null for ticks. */
    final Object payload;

    Event(long time, int sourceId, long sourceSeq, int targetId, byte kind, Port port, Object payload) {
        this.time = time;
        this.sourceId = sourceId;
        this.sourceSeq = sourceSeq;
        this.targetId = targetId;
        this.kind = kind;
        this.port = port;
        this.payload = payload;
    }

    boolean before(Event o) {
        if (time != o.time) return time < o.time;
        if (sourceId != o.sourceId) return sourceId < o.sourceId;
        return sourceSeq < o.sourceSeq;
    }

    String describe() {
        switch (kind) {
            case TRANSACTION: return payload + " on port " + port.name();
            case SELF: return "self event " + payload;
            default: return "clock tick";
        }
    }
}
