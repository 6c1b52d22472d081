package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import java.util.SortedMap;

/**
 * The interface the trace generator drives, one layer at a time. A quantizer (int8
 * built in; ANT, LPQ, Drift and Panacea through adapters) returns descriptors, per-tile
 * statistics and per-layer statistics. Implementations must be deterministic: same
 * operands, same result.
 */
public interface LayerQuantization {

    /** Name written in the trace header, e.g. {@code int8}, {@code drift}. */
    String name();

    /** Parameters written in the trace header (text values, sorted by key). */
    SortedMap<String, String> parameters();

    QuantizedLayer quantize(LayerOperands operands);

    /**
     * Called once before the first layer (and before {@link #name()} and {@link #parameters()}
     * are written): returns the instance that quantizes this model's layers. Layer-local
     * quantizers return themselves (the default); ANT picks the model's precision plan here,
     * LPQ runs its model-wide parameter search over samples of every layer's operands.
     */
    default LayerQuantization forModel(ModelOperands model) {
        return this;
    }
}
