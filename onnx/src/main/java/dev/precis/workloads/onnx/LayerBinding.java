package dev.precis.workloads.onnx;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.Layer;

/**
 * Where one imported layer's operands come from: operand A is the activation named {@code input};
 * operand B is either the weights taken from an initializer (already in the layout of {@code
 * TensorShapes.operandB}: OIHW for a convolution, [out, in] for a fully connected layer) or, for a
 * product of two activations, the activation named {@code second}.
 *
 * @param node the ONNX node's name (the layer's name)
 * @param op the node's operator ({@code Conv}, {@code Gemm} or {@code MatMul})
 */
public record LayerBinding(Layer layer, String node, String op, String input, FloatTensor weights, String second) {

    public LayerBinding {
        if ((weights == null) == (second == null)) {
            throw new IllegalArgumentException(node + ": a layer's operand B is either weights or a second activation");
        }
    }

    public boolean hasWeights() {
        return weights != null;
    }
}
