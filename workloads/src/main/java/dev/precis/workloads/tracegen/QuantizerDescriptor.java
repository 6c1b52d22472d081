package dev.precis.workloads.tracegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a quantizer is and takes, declared once: its name ({@code --quantizer NAME}, the trace
 * header's quantizer), a one-line description, and its options in the order {@code precis info}
 * lists them. The option list is the single source of the quantizer's defaults, of {@code
 * --param} parsing ({@code QuantizerSettings.resolve}) and of the settings the trace header records.
 */
public record QuantizerDescriptor(String name, String description, List<OptionSpec> options) {

    public QuantizerDescriptor {
        options = List.copyOf(options);
        Set<String> seen = new HashSet<>();
        for (OptionSpec o : options) {
            if (!seen.add(o.name())) {
                throw new IllegalArgumentException(name + " declares option " + o.name() + " twice");
            }
            try {
                o.parse(name, o.defaultText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": the default of option " + o.name() + " is invalid: "
                        + e.getMessage(), e);
            }
        }
    }

    /** The option with this name, or null. */
    public OptionSpec option(String optionName) {
        for (OptionSpec o : options) {
            if (o.name().equals(optionName)) {
                return o;
            }
        }
        return null;
    }
}
