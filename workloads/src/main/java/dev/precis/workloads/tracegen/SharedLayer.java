package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.tensor.TensorSample;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One layer of a model as several quantizers describe it ({@link LayerQuantization#describe}, {@link
 * DescriptorPass}): its operands drawn at most once, each {@link TensorSample} taken once, and a memo in which a
 * quantizer keeps work another can reuse (ANT's clipping searches of the same sample and grid). Used by one
 * thread at a time; dropped after the layer, so it holds one layer's data.
 */
public final class SharedLayer {
    private final ModelOperands model;
    private final int index;
    private final Map<Object, Object> memo = new HashMap<>();
    private final TensorRole operandBRole;
    private final DescriptorDetail detail;
    private LayerOperands operands;

    /** Layer {@code index} of {@code model}, to be described with {@code detail}. */
    public SharedLayer(ModelOperands model, int index, DescriptorDetail detail) {
        this.model = model;
        this.index = index;
        this.operandBRole = layer().operandBRole();
        this.detail = detail;
    }

    /** What the descriptors must hold: all a trace records, or the types and bits a replay reads. */
    public DescriptorDetail detail() {
        return detail;
    }

    public int index() {
        return index;
    }

    public Layer layer() {
        return model.model().layers().get(index);
    }

    /**
     * The role of operand B ({@link Layer#operandBRole}), read once: asked of the layer in a quantizer's compiled
     * code it is a call on whichever layer class came first, and that code is dropped and compiled again at the
     * first layer of another class (the classifier after the convolutions).
     */
    public TensorRole operandBRole() {
        return operandBRole;
    }

    public int batch() {
        return model.batch();
    }

    /** Both operands in full, drawn or read on the first call. */
    public LayerOperands operands() {
        if (operands == null) operands = model.layer(index);
        return operands;
    }

    /**
     * The sample of operand {@code role} at {@code maxSamples} per channel: from the operands when they are
     * already held, else from the source (which may give it without drawing every value).
     */
    public TensorSample sample(TensorRole role, int maxSamples) {
        return memo(List.of("sample", role, maxSamples), TensorSample.class, () -> {
            if (operands != null) {
                return TensorSample.of((role == TensorRole.INPUT ? operands.a() : operands.b()).tensor(), role, maxSamples);
            }
            return model.source().sample(layer(), index, model.batch(), role, maxSamples);
        });
    }

    /**
     * The sample of activation operand {@code role} over the batch's first {@code images} images (a search
     * calibrated on them): from the operands when they are already held, else from the source.
     */
    public TensorSample sampleOfFirstImages(TensorRole role, int maxSamples, int images) {
        if (images >= model.batch()) return sample(role, maxSamples);
        return memo(List.of("sample", role, maxSamples, images), TensorSample.class, () -> {
            if (operands != null) {
                return TensorSample.ofFirstImages((role == TensorRole.INPUT ? operands.a() : operands.b()).tensor(), role,
                        maxSamples, images);
            }
            return model.source().sampleOfFirstImages(layer(), index, model.batch(), role, maxSamples, images);
        });
    }

    /** The value kept under {@code key}, or null. */
    public <T> T find(Object key, Class<T> type) {
        return type.cast(memo.get(key));
    }

    /** Keeps {@code value} under {@code key} for the other quantizers of this layer. */
    public void keep(Object key, Object value) {
        memo.put(key, value);
    }

    private <T> T memo(Object key, Class<T> type, java.util.function.Supplier<T> compute) {
        T v = find(key, type);
        if (v == null) {
            v = compute.get();
            keep(key, v);
        }
        return v;
    }
}
