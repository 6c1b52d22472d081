package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The interface the trace generator drives, one layer at a time. A quantizer adapter (int8,
 * ANT, LPQ, Drift, Panacea) returns descriptors, per-tile statistics and per-layer statistics.
 * Implementations must be deterministic: same operands, same result.
 */
public interface LayerQuantization {

    /** Name written in the trace header, e.g. {@code int8}, {@code drift}. */
    String name();

    /**
     * The settings written in the trace header, by option name (text as {@link OptionSpec#format}
     * writes it): passed back as {@code --param} options they reproduce the quantizer.
     */
    SortedMap<String, String> settings();

    /**
     * What the header records besides the settings, none of it an option: fixed properties of the
     * method (e.g. int8's rounding) and, after {@link #forModel}, what a model-wide pass derived
     * (ANT's precision plan, LPQ's search outcome). Keys never repeat a setting's name.
     */
    default SortedMap<String, String> details() {
        return Collections.unmodifiableSortedMap(new TreeMap<>());
    }

    QuantizedLayer quantize(LayerOperands operands);

    /**
     * Called once before the first layer (and before {@link #name()}, {@link #settings()} and
     * {@link #details()} are written): returns the instance that quantizes this model's layers.
     * Layer-local quantizers return themselves (the default); ANT picks the model's precision plan
     * here, LPQ runs its model-wide parameter search over samples of every layer's operands.
     */
    default LayerQuantization forModel(ModelOperands model) {
        return this;
    }
}
