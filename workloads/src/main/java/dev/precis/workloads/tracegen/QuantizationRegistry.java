package dev.precis.workloads.tracegen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Quantizers available to {@code precis trace --quantizer NAME [--param KEY=VALUE ...]}, by
 * name. Immutable: {@link #with} returns an extended copy (e.g. a quantizer with non-default
 * settings under its own name).
 */
public final class QuantizationRegistry {

    private final Map<String, Function<QuantizerOptions, LayerQuantization>> factories;

    private QuantizationRegistry(Map<String, Function<QuantizerOptions, LayerQuantization>> factories) {
        this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
    }

    /**
     * The quantizers implemented in this package, with their trace defaults and options:
     * {@code int8}, {@code ant}, {@code lpq}, {@code drift}, {@code panacea} (each class's
     * {@code fromOptions} lists its option keys).
     */
    public static QuantizationRegistry builtIn() {
        Map<String, Function<QuantizerOptions, LayerQuantization>> m = new LinkedHashMap<>();
        m.put("int8", Int8LayerQuantization::fromOptions);
        m.put("ant", AntLayerQuantization::fromOptions);
        m.put("lpq", LpqLayerQuantization::fromOptions);
        m.put("drift", DriftLayerQuantization::fromOptions);
        m.put("panacea", PanaceaLayerQuantization::fromOptions);
        return new QuantizationRegistry(m);
    }

    /** Adds a quantizer without options (giving it options is an error). */
    public QuantizationRegistry with(String name, Supplier<LayerQuantization> factory) {
        return withOptions(name, options -> {
            options.requireAllKnown();
            return factory.get();
        });
    }

    /** Adds a quantizer built from options (it must call {@link QuantizerOptions#requireAllKnown()}). */
    public QuantizationRegistry withOptions(String name, Function<QuantizerOptions, LayerQuantization> factory) {
        Map<String, Function<QuantizerOptions, LayerQuantization>> m = new LinkedHashMap<>(factories);
        m.put(name, factory);
        return new QuantizationRegistry(m);
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** The quantizer with its defaults. */
    public LayerQuantization create(String name) {
        return create(name, Map.of());
    }

    /** The quantizer with these options ({@code KEY=VALUE} settings; unknown keys are errors). */
    public LayerQuantization create(String name, Map<String, String> options) {
        Function<QuantizerOptions, LayerQuantization> factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("quantizer '" + name + "' is not available; available: "
                    + String.join(", ", names()));
        }
        return factory.apply(new QuantizerOptions(name, options));
    }
}
