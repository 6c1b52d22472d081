package dev.precis.workloads.tracegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The quantizers available to {@code precis trace --quantizer NAME [--param KEY=VALUE ...]}, by
 * name, in the order they were registered. Immutable: {@link #with} returns an extended copy.
 */
public final class QuantizerRegistry {

    private final Map<String, QuantizerType> types;

    private QuantizerRegistry(Map<String, QuantizerType> types) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /**
     * Every quantizer registered in {@code META-INF/services} of the jars visible to {@code loader}
     * (this module's: {@code int8, ant, lpq, drift, panacea}, in that order).
     */
    public static QuantizerRegistry load(ClassLoader loader) {
        Map<String, QuantizerType> found = new LinkedHashMap<>();
        for (QuantizerType t : ServiceLoader.load(QuantizerType.class, loader)) {
            String name = t.descriptor().name();
            QuantizerType previous = found.put(name, t);
            if (previous != null && previous.getClass() != t.getClass()) {
                throw new IllegalStateException("quantizer '" + name + "' is registered twice: by "
                        + previous.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        return new QuantizerRegistry(found);
    }

    public static QuantizerRegistry load() {
        return load(QuantizerRegistry.class.getClassLoader());
    }

    /** This registry and {@code type} (replacing a type of the same name). */
    public QuantizerRegistry with(QuantizerType type) {
        Map<String, QuantizerType> m = new LinkedHashMap<>(types);
        m.put(type.descriptor().name(), type);
        return new QuantizerRegistry(m);
    }

    /** Adds a quantizer without options under {@code name} (giving it options is an error). */
    public QuantizerRegistry with(String name, Supplier<LayerQuantization> factory) {
        return with(new DescribedQuantizerType(new QuantizerDescriptor(name, "registered in code, without options",
                List.of()), settings -> factory.get()));
    }

    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    public List<QuantizerDescriptor> descriptors() {
        List<QuantizerDescriptor> out = new ArrayList<>();
        types.values().forEach(t -> out.add(t.descriptor()));
        return out;
    }

    public boolean contains(String name) {
        return types.containsKey(name);
    }

    /** The quantizer type named {@code name}; the error lists the available ones. */
    public QuantizerType type(String name) {
        QuantizerType t = types.get(name);
        if (t == null) {
            throw new IllegalArgumentException("quantizer '" + name + "' is not available; available: "
                    + String.join(", ", names()));
        }
        return t;
    }

    /** The quantizer with its defaults. */
    public LayerQuantization create(String name) {
        return create(name, Map.of());
    }

    /** The quantizer with these options ({@code KEY=VALUE} text; unknown keys and bad values are errors). */
    public LayerQuantization create(String name, Map<String, String> options) {
        QuantizerType t = type(name);
        return t.create(QuantizerSettings.resolve(t.descriptor(), options));
    }
}
