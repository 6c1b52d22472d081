package dev.precis.tlm.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * What a component type is and takes, as SST components describe themselves: its parameters, ports,
 * statistics and slots. {@code precis info} prints it, so a user never has to read source to configure a
 * component. Each slot contributes its selecting parameter ({@link SlotSpec#param()}) to {@link #params()}
 * unless the type declares a parameter of that name itself.
 */
public record ComponentDescriptor(String typeName, String description, List<ParamSpec> params, List<PortSpec> ports,
                                  List<StatSpec> statistics, List<SlotSpec<?>> slots) {
    public ComponentDescriptor {
        slots = List.copyOf(slots);
        List<ParamSpec> all = new ArrayList<>(params);
        for (SlotSpec<?> slot : slots) {
            if (all.stream().noneMatch(p -> p.name().equals(slot.name()))) all.add(slot.param());
        }
        params = List.copyOf(all);
        ports = List.copyOf(ports);
        statistics = List.copyOf(statistics);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParamSpec p : params) {
            if (!seen.add(p.name())) throw new IllegalArgumentException(typeName + " declares parameter " + p.name() + " twice");
        }
    }

    /** A type without slots. */
    public ComponentDescriptor(String typeName, String description, List<ParamSpec> params, List<PortSpec> ports,
                               List<StatSpec> statistics) {
        this(typeName, description, params, ports, statistics, List.of());
    }

    public ParamSpec param(String name) {
        for (ParamSpec p : params) if (p.name().equals(name)) return p;
        return null;
    }
}
