package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tensor.TensorSample;
import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;

/** Supplies the float operands of each layer: synthetic ({@link #synthetic}) or imported tensors. */
public interface OperandSource {

    FloatTensor input(Layer layer, int layerIndex, int batch);

    FloatTensor operandB(Layer layer, int layerIndex, int batch);

    /**
     * What a per-channel search reads of operand {@code role} ({@code INPUT}: operand A, else operand B): the
     * {@link TensorSample} of the tensor {@link #input} or {@link #operandB} gives. A source that can give it
     * without drawing or reading every value overrides this; the figures must be the same bit for bit.
     */
    default TensorSample sample(Layer layer, int layerIndex, int batch, TensorRole role, int maxSamples) {
        FloatTensor t = role == TensorRole.INPUT ? input(layer, layerIndex, batch) : operandB(layer, layerIndex, batch);
        return TensorSample.of(t, role, maxSamples);
    }

    /**
     * {@link #sample} of the first {@code images} images of activation operand {@code role} at {@code batch}
     * ({@link TensorSample#ofFirstImages}). A source whose batch-{@code images} tensor is the start of its
     * batch-{@code batch} one gives it without the rest of the batch.
     */
    default TensorSample sampleOfFirstImages(Layer layer, int layerIndex, int batch, TensorRole role, int maxSamples,
                                             int images) {
        FloatTensor t = role == TensorRole.INPUT ? input(layer, layerIndex, batch) : operandB(layer, layerIndex, batch);
        return TensorSample.ofFirstImages(t, role, maxSamples, images);
    }

    /** Whether this source reads the operand from a real tensor (a file) rather than generating it. */
    default boolean imports(Layer layer, int layerIndex, TensorRole role) {
        return false;
    }

    /** The operands of {@code model} this source imports, by layer then role (what the trace header records). */
    default List<OperandRef> importedOperands(Model model) {
        List<OperandRef> refs = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            for (TensorRole role : List.of(TensorRole.INPUT, layer.operandBRole())) {
                if (imports(layer, i, role)) {
                    refs.add(new OperandRef(i, role));
                }
            }
        }
        return refs;
    }

    static OperandSource synthetic(SyntheticTensorSource source) {
        return new OperandSource() {
            @Override
            public FloatTensor input(Layer layer, int layerIndex, int batch) {
                return source.input(layer, layerIndex, batch);
            }

            @Override
            public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
                return source.operandB(layer, layerIndex, batch);
            }

            @Override
            public TensorSample sample(Layer layer, int layerIndex, int batch, TensorRole role, int maxSamples) {
                return source.sample(layer, layerIndex, batch, role, maxSamples);
            }

            /** The synthetic batch-{@code images} activation is the start of the batch-{@code batch} one. */
            @Override
            public TensorSample sampleOfFirstImages(Layer layer, int layerIndex, int batch, TensorRole role,
                                                    int maxSamples, int images) {
                if (role == TensorRole.WEIGHT) {
                    throw new IllegalArgumentException("tensor sample: weights have no images");
                }
                return source.sample(layer, layerIndex, Math.min(images, batch), role, maxSamples);
            }
        };
    }
}
