package dev.precis.workloads.tensor;

import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;

/**
 * The tensor shapes of a layer's operands, PyTorch layouts:
 * <ul>
 *   <li>convolution input [batch, inC, H, W], weights [outC, inC/groups, kH, kW];</li>
 *   <li>fully connected input [batch, rows, in], weights [out, in];</li>
 *   <li>attention product A [batch, heads, m, k], B [batch, heads, k, n].</li>
 * </ul>
 */
public final class TensorShapes {

    private TensorShapes() {
    }

    public static int[] input(Layer layer, int batch) {
        if (layer instanceof ConvLayer c) {
            return new int[] {batch, c.inChannels(), c.inHeight(), c.inWidth()};
        }
        if (layer instanceof FcLayer f) {
            return new int[] {batch, f.rowsPerSample(), f.inFeatures()};
        }
        MatMulLayer m = (MatMulLayer) layer;
        return new int[] {batch, m.heads(), m.m(), m.k()};
    }

    /** Operand B: weights of a conv/fc layer, or the second activation of an attention product. */
    public static int[] operandB(Layer layer, int batch) {
        if (layer instanceof ConvLayer c) {
            return new int[] {c.outChannels(), c.inChannels() / c.groups(), c.kernelHeight(), c.kernelWidth()};
        }
        if (layer instanceof FcLayer f) {
            return new int[] {f.outFeatures(), f.inFeatures()};
        }
        MatMulLayer m = (MatMulLayer) layer;
        return new int[] {batch, m.heads(), m.k(), m.n()};
    }

    /** The axis of the input that holds feature channels: 1 for NCHW convolution inputs, else the last. */
    public static int inputChannelAxis(Layer layer) {
        if (layer instanceof ConvLayer) {
            return 1;
        }
        return input(layer, 1).length - 1;
    }
}
