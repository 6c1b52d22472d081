package dev.precis.tlm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A simulation component: a plain object with a hierarchical name, ports, handlers and an optional clock.
 *
 * <p>Subclasses declare their ports (and clock) in the constructor and react to what arrives. Everything they
 * may do at run time goes through {@link #ctx()}; they hold no threads, no static state and never talk to
 * another component except by sending on a port. The lifecycle follows SystemC's phases:
 * {@link #onEndOfElaboration()} after all links are bound, {@link #onStart()} at time 0,
 * {@link #onEnd()} when the run ends normally.
 */
public abstract class Component {
    private final List<Port> ports = new ArrayList<>();
    /** Name lookup; components with thousands of ports (PHOLD, a NoC's nodes) must not search a list. */
    private final java.util.Map<String, Port> portsByName = new java.util.HashMap<>();
    private String name;
    private ClockDomain clock;
    private ClockHandler clockHandler;
    private ComponentContext context;
    /** Position in the model's sorted component list; the tie-break id of its events. */
    private int id = -1;

    /** Declares a port that sends requests and receives their answers on {@code handler}. */
    protected final Port initiatorPort(String portName, TransactionHandler handler) {
        return addPort(portName, PortDirection.INITIATOR, handler);
    }

    /** Declares a port that receives requests on {@code handler} and sends the answers. */
    protected final Port targetPort(String portName, TransactionHandler handler) {
        return addPort(portName, PortDirection.TARGET, handler);
    }

    /** Declares a symmetric message port (ONE_WAY messages both ways). */
    protected final Port peerPort(String portName, TransactionHandler handler) {
        return addPort(portName, PortDirection.PEER, handler);
    }

    /** Gives the component a clock; {@code handler} runs at every edge from time 0 while it returns true. */
    protected final void clock(ClockDomain domain, ClockHandler handler) {
        if (clock != null) throw new IllegalStateException("component " + describe() + " already has a clock");
        this.clock = java.util.Objects.requireNonNull(domain, "clock domain");
        this.clockHandler = java.util.Objects.requireNonNull(handler, "clock handler");
    }

    /** The context the engine gave this component; available from end of elaboration on. */
    protected final ComponentContext ctx() {
        if (context == null) {
            throw new IllegalStateException("component " + describe()
                    + " used its context before elaboration: move that code to onStart()");
        }
        return context;
    }

    /** Handles an event the component scheduled for itself. */
    protected void onEvent(Object event) {
        throw new IllegalStateException("component " + name + " scheduled event " + event
                + " but does not override onEvent");
    }

    /** All ports are bound; the context is available; time has not started. */
    protected void onEndOfElaboration() {}

    /** Time 0: send the first transactions, schedule the first events. */
    protected void onStart() {}

    /** The run has ended normally (not after a component failure): final statistics go here. */
    protected void onEnd() {}

    /** The hierarchical name, e.g. {@code top.dram.ch0}; null until the component is added to a model. */
    public final String name() {
        return name;
    }

    public final List<Port> ports() {
        return Collections.unmodifiableList(ports);
    }

    /** The port named {@code portName}; the error lists the ports this component has. */
    public final Port port(String portName) {
        Port p = portsByName.get(portName);
        if (p != null) return p;
        throw new IllegalArgumentException("component " + describe() + " has no port '" + portName + "'; its ports: "
                + ports.stream().map(Port::name).collect(Collectors.joining(", ")));
    }

    public final ClockDomain clockDomain() {
        return clock;
    }

    final ClockHandler clockHandler() {
        return clockHandler;
    }

    final void assignName(String hierarchicalName) {
        if (name != null) {
            throw new IllegalStateException("component " + name + " is already part of a model; create a new "
                    + "instance for '" + hierarchicalName + "'");
        }
        name = hierarchicalName;
    }

    final int id() {
        return id;
    }

    final void assignId(int modelId) {
        id = modelId;
    }

    final void bindContext(ComponentContext ctx) {
        if (context != null) {
            throw new IllegalStateException("component " + name + " was already run; a model runs once, "
                    + "build a new one for another run");
        }
        context = ctx;
    }

    /** For the kernel's protocol helpers, which declare ports on behalf of their owner. */
    final Port declarePort(String portName, PortDirection direction, TransactionHandler handler) {
        return addPort(portName, direction, handler);
    }

    /** For the kernel's protocol helpers: the owner's context. */
    final ComponentContext context() {
        return ctx();
    }

    private Port addPort(String portName, PortDirection direction, TransactionHandler handler) {
        if (portName == null || portName.isEmpty() || portName.contains(".")) {
            throw new IllegalArgumentException("component " + describe() + ": port name '" + portName
                    + "' must be non-empty and contain no '.'");
        }
        if (portsByName.containsKey(portName)) {
            throw new IllegalArgumentException("component " + describe() + " declares port '" + portName + "' twice");
        }
        Port port = new Port(this, portName, direction, handler);
        ports.add(port);
        portsByName.put(portName, port);
        return port;
    }

    private String describe() {
        return name != null ? name : getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return describe();
    }
}
