package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.trace.TileField;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
     * The per-tile fields this quantizer's tiles carry, over every layer and operand (known before the first
     * layer): {@code NONZERO} always; Drift adds {@code PRECISION}, Panacea {@code HO_SLICES}. A consumer that
     * reads none of them can take {@link #describe} instead of {@link #quantize}.
     */
    Set<TileField> tileFields();

    /**
     * The layer without its tiles: the descriptors {@link #quantize} gives and the per-layer statistics that do
     * not need every value encoded (what an accelerator's replay of types and bits reads). The default quantizes
     * the layer and drops the tiles; a quantizer whose descriptors come from samples of the operands (ANT's type
     * search) overrides it to skip the per-value work, taking the samples from {@code layer}, which shares them
     * (and the operands) between the quantizers that describe the same layer. When {@code layer.detail()} is
     * {@link DescriptorDetail#FORMATS} a quantizer may also leave out the scales it would find only for the
     * descriptors' sake (the types and bits stay those of {@link #quantize}).
     */
    default QuantizedLayer describe(SharedLayer layer) {
        QuantizedLayer q = quantize(layer.operands());
        return new QuantizedLayer(q.tensors(), List.of(), q.statistics());
    }

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
