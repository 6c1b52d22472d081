package dev.precis.tlm.describe;

import java.util.List;

/**
 * What a component type is and takes, as SST components describe themselves: its parameters, ports and
 * statistics. {@code precis info} prints it, so a user never has to read source to configure a component.
 */
public record ComponentDescriptor(String typeName, String description, List<ParamSpec> params, List<PortSpec> ports,
                                  List<StatSpec> statistics) {
    public ComponentDescriptor {
        params = List.copyOf(params);
        ports = List.copyOf(ports);
        statistics = List.copyOf(statistics);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParamSpec p : params) {
            if (!seen.add(p.name())) throw new IllegalArgumentException(typeName + " declares parameter " + p.name() + " twice");
        }
    }

    public ParamSpec param(String name) {
        for (ParamSpec p : params) if (p.name().equals(name)) return p;
        return null;
    }
}
