package dev.precis.workloads.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Quantizers available to {@code precis trace --quantizer NAME}, by name. Immutable:
 * {@link #with} returns an extended copy (e.g. a quantizer with non-default settings under
 * its own name).
 */
public final class QuantizationRegistry {

    private final Map<String, Supplier<LayerQuantization>> factories;

    private QuantizationRegistry(Map<String, Supplier<LayerQuantization>> factories) {
        this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
    }

    /**
     * The quantizers implemented in this package, with their trace defaults: {@code int8},
     * {@code ant}, {@code lpq}, {@code drift}, {@code panacea}.
     */
    public static QuantizationRegistry builtIn() {
        Map<String, Supplier<LayerQuantization>> m = new LinkedHashMap<>();
        m.put("int8", Int8Quantization::new);
        m.put("ant", AntQuantization::new);
        m.put("lpq", LpqQuantization::new);
        m.put("drift", DriftQuantization::new);
        m.put("panacea", PanaceaQuantization::new);
        return new QuantizationRegistry(m);
    }

    public QuantizationRegistry with(String name, Supplier<LayerQuantization> factory) {
        Map<String, Supplier<LayerQuantization>> m = new LinkedHashMap<>(factories);
        m.put(name, factory);
        return new QuantizationRegistry(m);
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    public LayerQuantization create(String name) {
        Supplier<LayerQuantization> factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("quantizer '" + name + "' is not available; available: "
                    + String.join(", ", names()));
        }
        return factory.get();
    }
}
