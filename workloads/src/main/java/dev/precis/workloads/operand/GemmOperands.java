package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import dev.precis.workloads.zoo.TensorRole;

/** Builds the GEMM views of a layer's two operand tensors (layouts of {@code TensorShapes}). */
public final class GemmOperands {

    private GemmOperands() {
    }

    /** Operand A (M rows along K) of the layer's input tensor. */
    public static GemmOperand a(Layer layer, int batch, FloatTensor input) {
        GemmShape g = layer.gemm(batch);
        if (layer instanceof ConvLayer conv) {
            return new Im2colOperand(conv, input, batch);
        }
        if (layer instanceof FcLayer) {
            return new ContiguousRowsOperand(TensorRole.INPUT, input, 1, Math.toIntExact(g.m()), Math.toIntExact(g.k()));
        }
        MatMulLayer m = (MatMulLayer) layer;
        return new ContiguousRowsOperand(TensorRole.INPUT, input, Math.toIntExact(g.count()), m.m(), m.k());
    }

    /** Operand B (N rows along K): weights per output channel, or the transposed second activation. */
    public static GemmOperand b(Layer layer, int batch, FloatTensor operandB) {
        GemmShape g = layer.gemm(batch);
        if (layer instanceof MatMulLayer m) {
            return new TransposedOperand(operandB, Math.toIntExact(g.count()), m.k(), m.n());
        }
        return new ContiguousRowsOperand(TensorRole.WEIGHT, operandB, Math.toIntExact(g.count()),
                Math.toIntExact(g.n()), Math.toIntExact(g.k()));
    }
}
