package dev.precis.tlm;

import java.util.Objects;

/**
 * A named end of a link, owned by one component. Declared in the component's constructor; bound to exactly one
 * peer port at elaboration.
 */
public final class Port {
    private final Component owner;
    private final String name;
    private final PortDirection direction;
    private final TransactionHandler handler;
    private Port peer;
    private long latencyPs;
    /** May stay unbound: the owner works without it (and must not send on it then). */
    private boolean optional;
    /** Run-time protocol state: a BEGIN_REQ was sent and neither END_REQ nor BEGIN_RESP came back yet. */
    boolean requestInFlight;
    /** The id of that request. */
    long requestInFlightId;

    Port(Component owner, String name, PortDirection direction, TransactionHandler handler) {
        this.owner = owner;
        this.name = Objects.requireNonNull(name, "port name");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.handler = Objects.requireNonNull(handler, "handler of port " + name);
    }

    public Component owner() { return owner; }
    public String name() { return name; }
    public PortDirection direction() { return direction; }

    /** "component.port", for messages. */
    public String fullName() {
        return owner.name() + "." + name;
    }

    public boolean isBound() { return peer != null; }

    /** True when elaboration accepts this port unbound ({@link InitiatorSocket#declareOptional}). */
    public boolean isOptional() { return optional; }

    void markOptional() {
        this.optional = true;
    }

    /** The port at the other end of the link; null before elaboration. */
    public Port peer() { return peer; }

    /** The latency of this port's link in picoseconds (0 when unbound). */
    public long latencyPs() { return latencyPs; }

    TransactionHandler handler() { return handler; }

    void bind(Port other, long latency) {
        this.peer = other;
        this.latencyPs = latency;
    }

    @Override
    public String toString() {
        return fullName() + "(" + direction + ")";
    }
}
