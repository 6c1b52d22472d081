package dev.precis.accelerators.compose;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValueFactory;
import dev.precis.accelerators.replay.LayerPlanner;
import dev.precis.accelerators.replay.ReplayControllerComponent;
import dev.precis.accelerators.replay.ReplayControllerType;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.tlm.Component;
import dev.precis.tlm.ElaborationException;
import dev.precis.tlm.Model;
import dev.precis.tlm.Port;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a {@link Composition} on the kernel. {@link #check()} does everything that can fail before a run,
 * each error naming file, line and key: unknown component types, missing, ill-typed or unknown parameters,
 * links to ports that do not exist or ports left unbound, a composition without exactly one
 * {@code replay-controller}, and a controller whose array and memory the planner cannot drive. Then
 * {@link #build} makes a fresh model per layer (components carry state; a model runs once), optionally with
 * parameter values carried over from the previous layer's run (the configuration its components ended in).
 */
public final class Elaborator {
    private final Composition composition;
    private final ComponentRegistry registry;
    private final Map<String, Resolved> resolved = new LinkedHashMap<>();
    private LayerPlanner planner;
    private String controllerName;

    /** A component block checked against its type. */
    private record Resolved(ComponentBlock block, ComponentType type, Params params) {}

    public Elaborator(Composition composition, ComponentRegistry registry) {
        this.composition = composition;
        this.registry = registry;
    }

    public Composition composition() {
        return composition;
    }

    /** Checks the whole composition and derives the planner; idempotent. */
    public Elaborator check() {
        if (planner != null) return this;
        for (ComponentBlock b : composition.components()) {
            ComponentType type;
            try {
                type = registry.type(b.type());
            } catch (ParameterException e) {
                throw new CompositionException(b.params().hasPath("type") ? b.params().getValue("type").origin() : b.origin(),
                        "components." + b.name() + ".type", e.getMessage());
            }
            resolved.put(b.name(), new Resolved(b, type, resolve(b, type)));
        }
        List<String> controllers = resolved.values().stream()
                .filter(r -> r.type().descriptor().typeName().equals(ReplayControllerType.NAME)).map(r -> r.block().name()).toList();
        if (controllers.size() != 1) {
            throw new CompositionException(composition.config().origin(), "components", "needs exactly one component of type "
                    + ReplayControllerType.NAME + " (it replays the workload), found " + controllers.size()
                    + (controllers.isEmpty() ? "" : ": " + String.join(", ", controllers)));
        }
        controllerName = controllers.get(0);
        checkLinks();
        Map<String, Component> instances = create();
        Model.Builder b = Model.builder();
        instances.forEach(b::add);
        link(b, instances);
        try {
            b.build();
        } catch (ElaborationException e) {
            throw new CompositionException(composition.source(), e.getMessage());
        }
        planner = Planners.of(this, instances, controllerName);
        return this;
    }

    /** The planner derived from the controller, its array and its memory. */
    public LayerPlanner planner() {
        check();
        return planner;
    }

    /** The composition's model for one layer, its controller attached to {@code layer}. */
    public Model build(ReplayLayer layer, long seed) {
        return build(layer, seed, Map.of());
    }

    /**
     * The same, each instance of {@code carried} (instance, then parameter name, then value) taking those values
     * over the composition's. A value for a parameter the instance's type does not declare is not carried.
     */
    public Model build(ReplayLayer layer, long seed, Map<String, Map<String, Object>> carried) {
        check();
        Map<String, Component> instances = create(carried);
        ((ReplayControllerComponent) instances.get(controllerName)).attach(planner, layer);
        Model.Builder b = Model.builder().seed(seed);
        instances.forEach(b::add);
        link(b, instances);
        return b.build();
    }

    /** The replay controller's instance name. */
    public String controllerName() {
        check();
        return controllerName;
    }

    /** The controller's clock, on which the replay counts cycles. */
    public double controllerClockHz() {
        check();
        return resolved.get(controllerName).params().getFrequencyHz("clock");
    }

    /** A checked component's parameters, for planners. */
    Params params(String instance) {
        return resolved.get(instance).params();
    }

    /** The component linked to {@code instance.port}, as {@code component.port}. */
    String peerOf(String instance, String port) {
        for (LinkSpec l : composition.links()) {
            if (l.from().equals(instance + "." + port)) return l.to();
            if (l.to().equals(instance + "." + port)) return l.from();
        }
        return null;
    }

    ConfigOrigin origin(String instance) {
        return resolved.get(instance).block().origin();
    }

    private Params resolve(ComponentBlock b, ComponentType type) {
        return resolve(b, type, Map.of());
    }

    private Params resolve(ComponentBlock b, ComponentType type, Map<String, Object> carried) {
        ComponentDescriptor d = type.descriptor();
        Config params = b.params();
        for (Map.Entry<String, Object> c : carried.entrySet()) {
            if (d.param(c.getKey()) != null) params = params.withValue(c.getKey(), ConfigValueFactory.fromAnyRef(c.getValue()));
        }
        for (String shared : Composition.SHARED_SETTINGS) {
            if (composition.config().hasPath(shared) && d.param(shared) != null) {
                params = params.withValue(shared, composition.config().getValue(shared));
            }
        }
        try {
            return Params.resolve(d, b.name(), params);
        } catch (ParameterException e) {
            String key = e.parameters().isEmpty() ? null : e.parameters().get(0);
            ConfigOrigin origin = key != null && params.hasPath(key) ? params.getValue(key).origin() : b.origin();
            throw new CompositionException(origin, "components." + b.name() + (key == null ? "" : "." + key), e.getMessage());
        }
    }

    private Map<String, Component> create() {
        return create(Map.of());
    }

    private Map<String, Component> create(Map<String, Map<String, Object>> carried) {
        Map<String, Component> out = new TreeMap<>();
        for (Resolved r : resolved.values()) {
            Map<String, Object> values = carried.getOrDefault(r.block().name(), Map.of());
            try {
                Params params = values.isEmpty() ? r.params() : resolve(r.block(), r.type(), values);
                out.put(r.block().name(), r.type().create(params));
            } catch (ParameterException e) {
                throw new CompositionException(r.block().origin(), "components." + r.block().name(), e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CompositionException(r.block().origin(), "components." + r.block().name(),
                        r.params().owner() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private void checkLinks() {
        for (int i = 0; i < composition.links().size(); i++) {
            LinkSpec l = composition.links().get(i);
            checkEnd(l, "links[" + i + "].from", l.from());
            checkEnd(l, "links[" + i + "].to", l.to());
        }
    }

    private void checkEnd(LinkSpec l, String key, String end) {
        int dot = end.lastIndexOf('.');
        String instance = end.substring(0, dot);
        String port = end.substring(dot + 1);
        Resolved r = resolved.get(instance);
        if (r == null) {
            throw new CompositionException(l.origin(), key, "no component '" + instance + "' (components: "
                    + String.join(", ", resolved.keySet()) + ")");
        }
        List<String> ports = r.type().descriptor().ports().stream().map(PortSpec::name).toList();
        boolean indexed = ports.stream().anyMatch(p -> indexedPrefix(p) != null && port.startsWith(indexedPrefix(p))
                && port.substring(indexedPrefix(p).length()).matches("\\d+"));
        if (!ports.contains(port) && !indexed) {
            throw new CompositionException(l.origin(), key, "component '" + instance + "' (type " + r.block().type()
                    + ") has no port '" + port + "' (ports: " + String.join(", ", ports) + ")");
        }
    }

    /** {@code out} of a port family declared as {@code out[i]} or {@code out<i>}; null for a single port. */
    private static String indexedPrefix(String declared) {
        int at = declared.indexOf('[') >= 0 ? declared.indexOf('[') : declared.indexOf('<');
        return at > 0 ? declared.substring(0, at) : null;
    }

    private void link(Model.Builder b, Map<String, Component> instances) {
        for (int i = 0; i < composition.links().size(); i++) {
            LinkSpec l = composition.links().get(i);
            Port from = port(instances, l, "links[" + i + "].from", l.from());
            Port to = port(instances, l, "links[" + i + "].to", l.to());
            b.link(from, to, l.latencyPs());
        }
    }

    private static Port port(Map<String, Component> instances, LinkSpec l, String key, String end) {
        int dot = end.lastIndexOf('.');
        Component c = instances.get(end.substring(0, dot));
        String name = end.substring(dot + 1);
        for (Port p : c.ports()) if (p.name().equals(name)) return p;
        throw new CompositionException(l.origin(), key, "component '" + end.substring(0, dot) + "' has no port '" + name
                + "' (ports: " + c.ports().stream().map(Port::name).collect(Collectors.joining(", ")) + ")");
    }

    /** Every component's instance name, in the composition's order. */
    public List<String> instances() {
        check();
        return List.copyOf(resolved.keySet());
    }

    /** Every component's name and type, for reports. */
    public List<String> describe() {
        check();
        List<String> out = new ArrayList<>();
        resolved.forEach((n, r) -> out.add(n + " (" + r.block().type() + ")"));
        return out;
    }
}
