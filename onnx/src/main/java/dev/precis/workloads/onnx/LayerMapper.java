package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import java.util.Arrays;

/**
 * Maps the compute nodes to zoo layers, for one sample (the input's leading dimension is 1):
 * <ul>
 *   <li>{@code Conv} (2-D, NCHW, constant OIHW weights, symmetric padding, no dilation) to a
 *       {@link ConvLayer};</li>
 *   <li>{@code Gemm} (A not transposed, constant B; {@code alpha} folded into the weights, the bias
 *       {@code C} is not a GEMM operand) to a {@link FcLayer} with weights [out, in];</li>
 *   <li>{@code MatMul} with a constant [K, N] operand to a {@link FcLayer} (one row per leading
 *       index of A), and {@code MatMul} of two activations [1, heads.., m, k] x [1, heads.., k, n] to a
 *       {@link MatMulLayer}.</li>
 * </ul>
 * Registers the node's output shape in {@link GraphValues}.
 */
final class LayerMapper {

    private LayerMapper() {
    }

    static LayerBinding map(String source, NodeProto node, String name, NodeAttributes attrs, GraphValues values) {
        return switch (node.getOpType()) {
            case "Conv" -> conv(source, node, name, attrs, values);
            case "Gemm" -> gemm(source, node, name, attrs, values);
            case "MatMul" -> matmul(source, node, name, attrs, values);
            default -> throw attrs.error("not a compute operator");
        };
    }

    private static LayerBinding conv(String source, NodeProto node, String name, NodeAttributes attrs,
                                     GraphValues values) {
        NodeShapes.requireInputs(node, attrs, 2);
        String x = node.getInput(0);
        int[] in = activationShape(attrs, values, x);
        if (in.length != 4) {
            throw attrs.error("input " + x + " of shape " + Arrays.toString(in)
                    + "; only 2-D convolutions (NCHW) are supported");
        }
        float[] w = constantFloats(source, attrs, values, node.getInput(1), "weights");
        int[] wd = values.shape(node.getInput(1));
        if (wd.length != 4) {
            throw attrs.error("weights " + node.getInput(1) + " of shape " + Arrays.toString(wd) + " are not OIHW");
        }
        int groups = (int) attrs.i("group", 1);
        int[] kernel = attrs.ints("kernel_shape", 2, 0);
        if (attrs.has("kernel_shape") && (kernel[0] != wd[2] || kernel[1] != wd[3])) {
            throw attrs.error("kernel_shape " + Arrays.toString(kernel) + " differs from the weights' "
                    + Arrays.toString(wd));
        }
        if (groups <= 0 || in[1] % groups != 0 || wd[1] * groups != in[1] || wd[0] % groups != 0) {
            throw attrs.error("weights " + Arrays.toString(wd) + " with group=" + groups + " do not fit input "
                    + Arrays.toString(in));
        }
        int[] strides = attrs.ints("strides", 2, 1);
        int[] dilations = attrs.ints("dilations", 2, 1);
        if (dilations[0] != 1 || dilations[1] != 1) {
            throw attrs.error("dilations " + Arrays.toString(dilations) + " are not supported");
        }
        int[] pad = padding(attrs, in, wd, strides);
        ConvLayer layer;
        try {
            layer = ConvLayer.of(name, in[1], in[2], in[3], wd[0], wd[2], wd[3], strides[0], strides[1], pad[0],
                    pad[1], groups, kindOf(values, x));
        } catch (IllegalArgumentException e) {
            throw attrs.error(e.getMessage());
        }
        values.activation(node.getOutput(0), new int[] {1, wd[0], layer.outHeight(), layer.outWidth()},
                ActivationKind.LINEAR);
        return new LayerBinding(layer, name, node.getOpType(), x, new FloatTensor(w, wd), null);
    }

    /** Symmetric (height, width) padding from {@code pads} or {@code auto_pad}. */
    private static int[] padding(NodeAttributes attrs, int[] in, int[] wd, int[] strides) {
        String autoPad = attrs.s("auto_pad", "NOTSET");
        switch (autoPad) {
            case "NOTSET" -> {
                int[] pads = attrs.ints("pads", 4, 0);
                if (pads[0] != pads[2] || pads[1] != pads[3]) {
                    throw attrs.error("asymmetric pads " + Arrays.toString(pads) + " are not supported");
                }
                return new int[] {pads[0], pads[1]};
            }
            case "VALID" -> {
                return new int[] {0, 0};
            }
            case "SAME_UPPER", "SAME_LOWER" -> {
                int[] pad = new int[2];
                for (int k = 0; k < 2; k++) {
                    int outSize = Math.floorDiv(in[2 + k] + strides[k] - 1, strides[k]);
                    int total = Math.max(0, (outSize - 1) * strides[k] + wd[2 + k] - in[2 + k]);
                    if (total % 2 != 0) {
                        throw attrs.error("auto_pad " + autoPad + " pads unevenly (" + total
                                + " in all) here; asymmetric padding is not supported");
                    }
                    pad[k] = total / 2;
                }
                return pad;
            }
            default -> throw attrs.error("unknown auto_pad " + autoPad);
        }
    }

    private static LayerBinding gemm(String source, NodeProto node, String name, NodeAttributes attrs,
                                     GraphValues values) {
        NodeShapes.requireInputs(node, attrs, 2);
        String a = node.getInput(0);
        int[] as = activationShape(attrs, values, a);
        if (attrs.i("transA", 0) != 0) {
            throw attrs.error("transA=1 is not supported");
        }
        if (as.length != 2) {
            throw attrs.error("input " + a + " of shape " + Arrays.toString(as) + " is not a matrix");
        }
        String b = node.getInput(1);
        float[] w = constantFloats(source, attrs, values, b, "operand B");
        int[] bs = values.shape(b);
        if (bs.length != 2) {
            throw attrs.error("operand B " + b + " of shape " + Arrays.toString(bs) + " is not a matrix");
        }
        boolean transB = attrs.i("transB", 0) != 0;
        int k = transB ? bs[1] : bs[0];
        int n = transB ? bs[0] : bs[1];
        if (k != as[1]) {
            throw attrs.error("input " + Arrays.toString(as) + " and operand B " + Arrays.toString(bs)
                    + (transB ? " (transposed)" : "") + " do not multiply");
        }
        float[] weights = transB ? w : transpose(w, k, n);
        float alpha = attrs.f("alpha", 1f);
        if (alpha != 1f) {
            weights = weights == w ? w.clone() : weights;
            for (int i = 0; i < weights.length; i++) {
                weights[i] *= alpha;
            }
        }
        FcLayer layer = new FcLayer(name, k, n, as[0], kindOf(values, a));
        values.activation(node.getOutput(0), new int[] {as[0], n}, ActivationKind.LINEAR);
        return new LayerBinding(layer, name, node.getOpType(), a, new FloatTensor(weights, n, k), null);
    }

    private static LayerBinding matmul(String source, NodeProto node, String name, NodeAttributes attrs,
                                       GraphValues values) {
        NodeShapes.requireInputs(node, attrs, 2);
        String a = node.getInput(0);
        String b = node.getInput(1);
        int[] as = activationShape(attrs, values, a);
        int[] bs = values.shape(b);
        if (as.length < 2) {
            throw attrs.error("input " + a + " of shape " + Arrays.toString(as) + " has rank below 2");
        }
        int k = as[as.length - 1];
        if (values.isConstant(b)) {
            if (bs.length != 2 || bs[0] != k) {
                throw attrs.error("constant operand " + b + " of shape " + Arrays.toString(bs)
                        + " is not a [" + k + ", N] matrix for input " + Arrays.toString(as));
            }
            float[] w = constantFloats(source, attrs, values, b, "operand B");
            int n = bs[1];
            int rows = (int) (TensorValues.count(as) / k);
            FcLayer layer = new FcLayer(name, k, n, rows, kindOf(values, a));
            int[] out = as.clone();
            out[out.length - 1] = n;
            values.activation(node.getOutput(0), out, ActivationKind.LINEAR);
            return new LayerBinding(layer, name, node.getOpType(), a, new FloatTensor(transpose(w, k, n), n, k), null);
        }
        int[] bsa = activationShape(attrs, values, b);
        if (bsa.length != as.length || bsa[bsa.length - 2] != k
                || !Arrays.equals(Arrays.copyOf(as, as.length - 2), Arrays.copyOf(bsa, bsa.length - 2))) {
            throw attrs.error("activations of shapes " + Arrays.toString(as) + " and " + Arrays.toString(bsa)
                    + " do not multiply (same leading dimensions and [m, k] x [k, n] expected)");
        }
        int m = as[as.length - 2];
        int n = bsa[bsa.length - 1];
        int heads = (int) (TensorValues.count(as) / ((long) m * k));
        MatMulLayer layer = new MatMulLayer(name, m, n, k, heads, kindOf(values, a), kindOf(values, b));
        int[] out = as.clone();
        out[out.length - 1] = n;
        values.activation(node.getOutput(0), out, ActivationKind.LINEAR);
        return new LayerBinding(layer, name, node.getOpType(), a, null, b);
    }

    private static int[] activationShape(NodeAttributes attrs, GraphValues values, String name) {
        if (!values.isActivation(name)) {
            throw attrs.error("operand " + name + " is not a float activation");
        }
        return values.shape(name);
    }

    private static ActivationKind kindOf(GraphValues values, String name) {
        return values.kind(name);
    }

    private static float[] constantFloats(String source, NodeAttributes attrs, GraphValues values, String name,
                                          String what) {
        if (!values.isConstant(name)) {
            throw attrs.error(what + " " + name + " is not an initializer; only constant weights are supported");
        }
        return TensorValues.floats(source, values.constantTensor(name));
    }

    /** [rows, cols] row-major to [cols, rows]. */
    static float[] transpose(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }
}
