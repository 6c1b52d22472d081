package dev.precis.tlm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An elaborated model: components with their hierarchical names, every port bound, ready to run once on any
 * engine. Components are numbered by sorted name, so the tie-break order of simultaneous events does not
 * depend on the order in which a builder added them.
 */
public final class Model {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-\\[\\]]*(\\.[A-Za-z_][A-Za-z0-9_\\-\\[\\]]*)*");

    private final List<Component> components;
    private final List<Link> links;
    private final long seed;
    private final long minLinkLatencyPs;
    private boolean used;

    private Model(List<Component> components, List<Link> links, long seed) {
        this.components = components;
        this.links = links;
        this.seed = seed;
        long min = Long.MAX_VALUE;
        for (Link l : links) min = Math.min(min, l.latencyPs());
        this.minLinkLatencyPs = min;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Components in id order (sorted by hierarchical name). */
    public List<Component> components() {
        return components;
    }

    public List<Link> links() {
        return links;
    }

    public long seed() {
        return seed;
    }

    /** The smallest link latency; {@link Long#MAX_VALUE} when there are no links. */
    public long minLinkLatencyPs() {
        return minLinkLatencyPs;
    }

    /**
     * How long after a stop request events still run: the smallest link latency (1 ps without links). It is a
     * property of the model, not of an engine, so every engine stops at the same point.
     */
    public long stopLatencyPs() {
        return links.isEmpty() ? 1 : minLinkLatencyPs;
    }

    public Component component(String name) {
        for (Component c : components) if (c.name().equals(name)) return c;
        throw new IllegalArgumentException("no component named " + name);
    }

    /** Marks the model as run; a model's components carry state, so a second run needs a new model. */
    synchronized void claim() {
        if (used) throw new IllegalStateException("this model was already run; build a new model for another run");
        used = true;
    }

    /** Collects components and links, then checks and binds them all at once in {@link #build()}. */
    public static final class Builder {
        private final Map<String, Component> byName = new HashMap<>();
        private final List<Component> order = new ArrayList<>();
        private final List<PendingLink> pending = new ArrayList<>();
        private long seed = 1;

        private record PendingLink(Port a, Port b, long latencyPs) {}

        /** Adds {@code component} under the hierarchical name {@code name} (segments joined by '.'). */
        public <C extends Component> C add(String name, C component) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new ElaborationException("invalid component name '" + name
                        + "': use dot-separated segments of letters, digits, '_', '-', '[', ']'");
            }
            if (byName.containsKey(name)) {
                throw new ElaborationException("duplicate component name '" + name + "'");
            }
            component.assignName(name);
            byName.put(name, component);
            order.add(component);
            return component;
        }

        /** Links two ports; checked at {@link #build()}. */
        public Builder link(Port a, Port b, long latencyPs) {
            pending.add(new PendingLink(a, b, latencyPs));
            return this;
        }

        /** Links "component.port" to "component.port" by name. */
        public Builder link(String a, String b, long latencyPs) {
            return link(portByName(a), portByName(b), latencyPs);
        }

        /** The seed of every component's random stream. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Model build() {
            Set<Port> bound = new HashSet<>();
            List<Link> links = new ArrayList<>();
            for (PendingLink l : pending) {
                checkLink(l, bound);
                l.a().bind(l.b(), l.latencyPs());
                l.b().bind(l.a(), l.latencyPs());
                links.add(new Link(l.a(), l.b(), l.latencyPs()));
            }
            List<Component> sorted = new ArrayList<>(order);
            sorted.sort((x, y) -> x.name().compareTo(y.name()));
            for (int i = 0; i < sorted.size(); i++) sorted.get(i).assignId(i);
            for (Component c : sorted) {
                for (Port p : c.ports()) {
                    if (!p.isBound() && !p.isOptional()) {
                        throw new ElaborationException("port " + p.name() + " of component " + c.name()
                                + " is not bound to any link");
                    }
                }
            }
            return new Model(Collections.unmodifiableList(sorted), Collections.unmodifiableList(links), seed);
        }

        private void checkLink(PendingLink l, Set<Port> bound) {
            if (l.a() == null || l.b() == null) throw new ElaborationException("link with a missing port: " + l);
            for (Port p : List.of(l.a(), l.b())) {
                Component owner = p.owner();
                if (owner.name() == null || byName.get(owner.name()) != owner) {
                    throw new ElaborationException("port " + p.name() + " belongs to component "
                            + owner + " which was not added to this model");
                }
                if (!bound.add(p) || p.isBound()) {
                    throw new ElaborationException("port " + p.name() + " of component " + owner.name()
                            + " is bound twice");
                }
            }
            if (l.a() == l.b()) throw new ElaborationException("port " + l.a().fullName() + " is linked to itself");
            if (l.latencyPs() <= 0) {
                throw new ElaborationException("link " + l.a().fullName() + " <-> " + l.b().fullName()
                        + " has latency " + l.latencyPs() + " ps; a link's latency must be at least 1 ps");
            }
            if (!l.a().direction().canLinkTo(l.b().direction())) {
                throw new ElaborationException("cannot link port " + l.a().name() + " of component "
                        + l.a().owner().name() + " (" + l.a().direction() + ") to port " + l.b().name()
                        + " of component " + l.b().owner().name() + " (" + l.b().direction()
                        + "): an initiator links to a target, a peer to a peer");
            }
        }

        private Port portByName(String full) {
            int dot = full == null ? -1 : full.lastIndexOf('.');
            if (dot <= 0) throw new ElaborationException("'" + full + "' is not of the form component.port");
            Component c = byName.get(full.substring(0, dot));
            if (c == null) {
                throw new ElaborationException("link names unknown component '" + full.substring(0, dot) + "'");
            }
            try {
                return c.port(full.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new ElaborationException(e.getMessage(), e);
            }
        }
    }
}
