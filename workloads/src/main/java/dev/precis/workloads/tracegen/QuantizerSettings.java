package dev.precis.workloads.tracegen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A quantizer's options resolved against its {@link QuantizerDescriptor}: every declared option
 * has a value of its type, in its range. Immutable; {@link #with} gives a changed copy.
 */
public final class QuantizerSettings {

    private final QuantizerDescriptor descriptor;
    private final Map<String, Object> values;

    private QuantizerSettings(QuantizerDescriptor descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every option of {@code descriptor} at its default. */
    public static QuantizerSettings defaults(QuantizerDescriptor descriptor) {
        return resolve(descriptor, Map.of());
    }

    /**
     * Settings from {@code NAME=VALUE} text (missing options take their defaults).
     *
     * @throws IllegalArgumentException for an unknown option (the message lists the known ones),
     *     a malformed value or one outside its range (the message names the option and the range)
     */
    public static QuantizerSettings resolve(QuantizerDescriptor descriptor, Map<String, String> raw) {
        String name = descriptor.name();
        List<OptionSpec> options = descriptor.options();
        for (String key : raw.keySet()) {
            if (descriptor.option(key) == null) {
                throw new IllegalArgumentException(name + ": unknown option '" + key + "'; known options: "
                        + (options.isEmpty() ? "(none)" : String.join(", ", options.stream().map(OptionSpec::name)
                        .toList())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec o : options) {
            String text = raw.get(o.name());
            values.put(o.name(), o.parse(name, text != null ? text : o.defaultText()));
        }
        return new QuantizerSettings(descriptor, values);
    }

    public QuantizerDescriptor descriptor() {
        return descriptor;
    }

    public int integer(String name) {
        return (Integer) get(name, OptionType.INT);
    }

    public double decimal(String name) {
        return (Double) get(name, OptionType.DOUBLE);
    }

    public boolean flag(String name) {
        return (Boolean) get(name, OptionType.BOOLEAN);
    }

    /** An {@link OptionType#INT_LIST} option (a fresh array). */
    public int[] integers(String name) {
        return ((int[]) get(name, OptionType.INT_LIST)).clone();
    }

    public String choice(String name) {
        return (String) get(name, OptionType.CHOICE);
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String name) {
        return (List<String>) get(name, OptionType.CHOICE_LIST);
    }

    /** The same settings with one option set from text (checked as {@code --param} text is). */
    public QuantizerSettings with(String name, String text) {
        OptionSpec o = spec(name);
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, o.parse(descriptor.name(), text));
        return new QuantizerSettings(descriptor, changed);
    }

    /**
     * Every option's value as canonical text, by option name: what the trace header records as the
     * quantizer's settings, and what {@link #resolve} reads back to these settings.
     */
    public SortedMap<String, String> asText() {
        SortedMap<String, String> text = new TreeMap<>();
        for (OptionSpec o : descriptor.options()) {
            text.put(o.name(), o.format(values.get(o.name())));
        }
        return Collections.unmodifiableSortedMap(text);
    }

    @Override
    public String toString() {
        return descriptor.name() + " " + asText();
    }

    private Object get(String name, OptionType type) {
        OptionSpec o = spec(name);
        if (o.type() != type) {
            throw new IllegalStateException(descriptor.name() + ": option " + name + " is " + o.type() + ", read as "
                    + type);
        }
        return values.get(name);
    }

    private OptionSpec spec(String name) {
        OptionSpec o = descriptor.option(name);
        if (o == null) {
            throw new IllegalStateException(descriptor.name() + " reads option '" + name + "' it does not declare");
        }
        return o;
    }
}
