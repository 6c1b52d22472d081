package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.zoo.Layer;

/** Supplies the float operands of each layer: synthetic ({@link #synthetic}) or imported tensors. */
public interface OperandSource {

    FloatTensor input(Layer layer, int layerIndex, int batch);

    FloatTensor operandB(Layer layer, int layerIndex, int batch);

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
        };
    }
}
