package dev.precis.sweep.spec;

import java.util.List;

/** A grid axis: one parameter and the values it takes, each crossed with every other axis. */
public record ParameterAxis(String key, List<String> values) {

    public ParameterAxis {
        values = List.copyOf(values);
    }
}
