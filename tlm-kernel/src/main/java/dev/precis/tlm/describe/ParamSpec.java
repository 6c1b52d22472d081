package dev.precis.tlm.describe;

import java.util.List;

/**
 * One parameter a component type takes: name, type, unit, default (null when required), description, and an
 * optional inclusive range or set of choices. Printed by {@code precis info}; enforced by {@link Params}.
 */
public record ParamSpec(String name, ParamType type, String unit, String defaultValue, String description,
                        Double min, Double max, List<String> choices) {
    public ParamSpec {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("parameter name is empty");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == ParamType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter " + name + " lists no choices");
        }
    }

    public static ParamSpec required(String name, ParamType type, String unit, String description) {
        return new ParamSpec(name, type, unit, null, description, null, null, null);
    }

    public static ParamSpec optional(String name, ParamType type, String unit, String defaultValue, String description) {
        return new ParamSpec(name, type, unit, defaultValue, description, null, null, null);
    }

    public static ParamSpec choice(String name, String defaultValue, String description, String... choices) {
        return new ParamSpec(name, ParamType.CHOICE, "", defaultValue, description, null, null, List.of(choices));
    }

    /** The same parameter with an inclusive range (in the parameter's base unit: ps, Hz, bytes). */
    public ParamSpec range(double minimum, double maximum) {
        return new ParamSpec(name, type, unit, defaultValue, description, minimum, maximum, choices);
    }

    public ParamSpec atLeast(double minimum) {
        return new ParamSpec(name, type, unit, defaultValue, description, minimum, max, choices);
    }

    public boolean isRequired() {
        return defaultValue == null;
    }
}
