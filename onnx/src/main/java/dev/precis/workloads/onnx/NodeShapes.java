package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.zoo.ActivationKind;
import java.util.Arrays;
import java.util.Set;

/**
 * Static shape inference for the operators around the compute layers: element-wise (unary and
 * broadcasting binary), reductions, reshapes, pooling, concatenation, transposition and {@code
 * Constant}. Each rule follows the operator's definition in the ONNX operator specification; an
 * attribute or input the rule cannot resolve statically (a shape computed at run time) fails naming
 * the node.
 */
final class NodeShapes {

    /** Operators whose output has the shape of their first input. */
    static final Set<String> SHAPE_PRESERVING = Set.of("Relu", "Sigmoid", "Tanh", "Sqrt", "Exp", "Log", "Erf", "Neg",
            "Abs", "Reciprocal", "Identity", "Dropout", "LeakyRelu", "Elu", "Clip", "HardSigmoid", "HardSwish",
            "Softmax", "LogSoftmax", "BatchNormalization");
    /** Binary operators with NumPy-style broadcasting. */
    static final Set<String> BROADCASTING = Set.of("Add", "Sub", "Mul", "Div", "Pow", "Max", "Min");
    static final Set<String> REDUCTIONS = Set.of("ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin");
    static final Set<String> STRUCTURAL = Set.of("Flatten", "Reshape", "Transpose", "Concat", "Squeeze", "Unsqueeze",
            "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "Constant");

    private NodeShapes() {
    }

    static boolean handles(String op) {
        return SHAPE_PRESERVING.contains(op) || BROADCASTING.contains(op) || REDUCTIONS.contains(op)
                || STRUCTURAL.contains(op);
    }

    /** Registers the node's outputs in {@code values}. */
    static void apply(String source, NodeProto node, NodeAttributes attrs, GraphValues values) {
        String op = node.getOpType();
        if (op.equals("Constant")) {
            constant(source, node, attrs, values);
            return;
        }
        String x = node.getInput(0);
        int[] in = values.shape(x);
        ActivationKind kind = values.isActivation(x) ? values.kind(x) : ActivationKind.LINEAR;
        if (SHAPE_PRESERVING.contains(op)) {
            ActivationKind out = switch (op) {
                case "Relu" -> ActivationKind.POST_RELU;
                case "Identity", "Dropout" -> kind;
                case "Softmax" -> ActivationKind.ATTENTION_PROBABILITIES;
                default -> ActivationKind.LINEAR;
            };
            values.activation(node.getOutput(0), in, out);
            for (int k = 1; k < node.getOutputCount(); k++) {
                values.other(node.getOutput(k), in);
            }
            return;
        }
        if (BROADCASTING.contains(op)) {
            requireInputs(node, attrs, 2);
            values.activation(node.getOutput(0), broadcast(attrs, in, values.shape(node.getInput(1))),
                    ActivationKind.LINEAR);
            return;
        }
        if (REDUCTIONS.contains(op)) {
            values.activation(node.getOutput(0), reduce(source, node, attrs, values, in), ActivationKind.LINEAR);
            return;
        }
        int[] out = switch (op) {
            case "Flatten" -> flatten(attrs, in);
            case "Reshape" -> reshape(source, node, attrs, values, in);
            case "Transpose" -> transpose(attrs, in);
            case "Concat" -> concat(node, attrs, values, in);
            case "Squeeze", "Unsqueeze" -> squeezeOrUnsqueeze(source, node, attrs, values, in);
            case "MaxPool", "AveragePool" -> pool(attrs, in);
            case "GlobalAveragePool", "GlobalMaxPool" -> global(attrs, in);
            default -> throw attrs.error("no shape rule");
        };
        // Reshaping ops and pooling keep what the values are; concatenation and transposition mix them.
        ActivationKind outKind = op.equals("Concat") || op.equals("Transpose") ? ActivationKind.LINEAR : kind;
        values.activation(node.getOutput(0), out, outKind);
    }

    private static void constant(String source, NodeProto node, NodeAttributes attrs, GraphValues values) {
        TensorProto t = attrs.tensor("value");
        if (t == null) {
            long[] ints = attrs.ints("value_ints");
            if (attrs.has("value_int")) {
                ints = new long[] {attrs.i("value_int", 0)};
            }
            if (ints == null) {
                throw attrs.error("only the value, value_int and value_ints attributes of Constant are supported");
            }
            TensorProto.Builder b = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE);
            if (!attrs.has("value_int")) {
                b.addDims(ints.length);
            }
            for (long v : ints) {
                b.addInt64Data(v);
            }
            t = b.build();
        }
        values.constant(node.getOutput(0), t.toBuilder().setName(node.getOutput(0)).build(),
                TensorValues.dims(source, t));
    }

    /**
     * The shape after {@code Squeeze} or {@code Unsqueeze}: axes from the attribute (before opset 13) or the
     * constant second input. Squeeze without axes drops every dimension of size 1.
     */
    static int[] squeezeOrUnsqueeze(String source, NodeProto node, NodeAttributes attrs, GraphValues values, int[] in) {
        long[] axes = attrs.ints("axes");
        if (node.getInputCount() > 1 && !node.getInput(1).isEmpty()) {
            if (!values.isConstant(node.getInput(1))) {
                throw attrs.error("axes input " + node.getInput(1) + " is computed at run time; it must be a constant");
            }
            axes = TensorValues.longs(source, values.constantTensor(node.getInput(1)));
        }
        boolean unsqueeze = node.getOpType().equals("Unsqueeze");
        if (unsqueeze) {
            if (axes == null) {
                throw attrs.error("Unsqueeze needs axes");
            }
            int rank = in.length + axes.length;
            boolean[] inserted = new boolean[rank];
            for (long axis : axes) {
                int a = normalizeAxis(attrs, axis, rank);
                if (inserted[a]) {
                    throw attrs.error("axes " + Arrays.toString(axes) + " repeat axis " + a);
                }
                inserted[a] = true;
            }
            int[] out = new int[rank];
            int next = 0;
            for (int k = 0; k < rank; k++) {
                out[k] = inserted[k] ? 1 : in[next++];
            }
            return out;
        }
        boolean[] dropped = new boolean[in.length];
        if (axes == null || axes.length == 0) {
            for (int k = 0; k < in.length; k++) {
                dropped[k] = in[k] == 1;
            }
        } else {
            for (long axis : axes) {
                int a = normalizeAxis(attrs, axis, in.length);
                if (in[a] != 1) {
                    throw attrs.error("cannot squeeze axis " + a + " of size " + in[a] + " in " + Arrays.toString(in));
                }
                dropped[a] = true;
            }
        }
        int[] out = new int[in.length];
        int n = 0;
        for (int k = 0; k < in.length; k++) {
            if (!dropped[k]) {
                out[n++] = in[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    static int[] broadcast(NodeAttributes attrs, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int k = 0; k < rank; k++) {
            int da = k < rank - a.length ? 1 : a[k - (rank - a.length)];
            int db = k < rank - b.length ? 1 : b[k - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw attrs.error("shapes " + Arrays.toString(a) + " and " + Arrays.toString(b) + " do not broadcast");
            }
            out[k] = Math.max(da, db);
        }
        return out;
    }

    private static int[] reduce(String source, NodeProto node, NodeAttributes attrs, GraphValues values, int[] in) {
        long[] axes = attrs.ints("axes");
        if (node.getInputCount() > 1 && !node.getInput(1).isEmpty()) {
            String axesName = node.getInput(1);
            if (!values.isConstant(axesName)) {
                throw attrs.error("axes input " + axesName + " is computed at run time; it must be a constant");
            }
            axes = TensorValues.longs(source, values.constantTensor(axesName));
        }
        boolean keep = attrs.i("keepdims", 1) != 0;
        boolean[] reduced = new boolean[in.length];
        if (axes == null || axes.length == 0) {
            if (attrs.i("noop_with_empty_axes", 0) != 0) {
                return in;
            }
            Arrays.fill(reduced, true);
        } else {
            for (long axis : axes) {
                reduced[normalizeAxis(attrs, axis, in.length)] = true;
            }
        }
        int[] out = new int[in.length];
        int n = 0;
        for (int k = 0; k < in.length; k++) {
            if (!reduced[k]) {
                out[n++] = in[k];
            } else if (keep) {
                out[n++] = 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] flatten(NodeAttributes attrs, int[] in) {
        long axisAttr = attrs.i("axis", 1);
        int axis = axisAttr == in.length ? in.length : normalizeAxis(attrs, axisAttr, in.length);
        int outer = 1;
        int inner = 1;
        for (int k = 0; k < in.length; k++) {
            if (k < axis) {
                outer *= in[k];
            } else {
                inner *= in[k];
            }
        }
        return new int[] {outer, inner};
    }

    private static int[] reshape(String source, NodeProto node, NodeAttributes attrs, GraphValues values, int[] in) {
        requireInputs(node, attrs, 2);
        String shapeName = node.getInput(1);
        if (!values.isConstant(shapeName)) {
            throw attrs.error("target shape " + shapeName + " is computed at run time; it must be a constant");
        }
        long[] target = TensorValues.longs(source, values.constantTensor(shapeName));
        boolean allowZero = attrs.i("allowzero", 0) != 0;
        long total = TensorValues.count(in);
        int[] out = new int[target.length];
        int inferred = -1;
        long known = 1;
        for (int k = 0; k < target.length; k++) {
            long d = target[k];
            if (d == -1) {
                if (inferred >= 0) {
                    throw attrs.error("target shape " + Arrays.toString(target) + " has more than one -1");
                }
                inferred = k;
                continue;
            }
            if (d == 0 && !allowZero) {
                if (k >= in.length) {
                    throw attrs.error("target shape " + Arrays.toString(target) + " copies dimension " + k
                            + " that the input " + Arrays.toString(in) + " lacks");
                }
                d = in[k];
            }
            if (d <= 0 || d > Integer.MAX_VALUE) {
                throw attrs.error("target shape " + Arrays.toString(target) + " has the impossible dimension " + d);
            }
            out[k] = (int) d;
            known *= d;
        }
        if (inferred >= 0) {
            if (known == 0 || total % known != 0) {
                throw attrs.error("cannot reshape " + Arrays.toString(in) + " to " + Arrays.toString(target));
            }
            out[inferred] = (int) (total / known);
            known *= out[inferred];
        }
        if (known != total) {
            throw attrs.error("cannot reshape " + Arrays.toString(in) + " (" + total + " values) to "
                    + Arrays.toString(target));
        }
        return out;
    }

    private static int[] transpose(NodeAttributes attrs, int[] in) {
        long[] perm = attrs.ints("perm");
        int[] out = new int[in.length];
        if (perm == null) {
            for (int k = 0; k < in.length; k++) {
                out[k] = in[in.length - 1 - k];
            }
            return out;
        }
        if (perm.length != in.length) {
            throw attrs.error("perm " + Arrays.toString(perm) + " does not fit an input of rank " + in.length);
        }
        boolean[] seen = new boolean[in.length];
        for (int k = 0; k < in.length; k++) {
            int p = normalizeAxis(attrs, perm[k], in.length);
            if (seen[p]) {
                throw attrs.error("perm " + Arrays.toString(perm) + " repeats axis " + p);
            }
            seen[p] = true;
            out[k] = in[p];
        }
        return out;
    }

    private static int[] concat(NodeProto node, NodeAttributes attrs, GraphValues values, int[] first) {
        if (!attrs.has("axis")) {
            throw attrs.error("attribute axis is required");
        }
        int axis = normalizeAxis(attrs, attrs.i("axis", 0), first.length);
        int[] out = first.clone();
        for (int k = 1; k < node.getInputCount(); k++) {
            int[] s = values.shape(node.getInput(k));
            if (s.length != first.length) {
                throw attrs.error("inputs of ranks " + first.length + " and " + s.length + " cannot be concatenated");
            }
            for (int d = 0; d < s.length; d++) {
                if (d != axis && s[d] != first[d]) {
                    throw attrs.error("input shapes " + Arrays.toString(first) + " and " + Arrays.toString(s)
                            + " differ outside axis " + axis);
                }
            }
            out[axis] += s[axis];
        }
        return out;
    }

    private static int[] pool(NodeAttributes attrs, int[] in) {
        if (in.length != 4) {
            throw attrs.error("input of rank " + in.length + "; only 2-D pooling (NCHW) is supported");
        }
        int[] kernel = attrs.ints("kernel_shape", 2, 0);
        if (kernel[0] <= 0 || kernel[1] <= 0) {
            throw attrs.error("attribute kernel_shape is required");
        }
        int[] strides = attrs.ints("strides", 2, 1);
        int[] pads = attrs.ints("pads", 4, 0);
        int[] dilations = attrs.ints("dilations", 2, 1);
        if (dilations[0] != 1 || dilations[1] != 1) {
            throw attrs.error("dilations " + Arrays.toString(dilations) + " are not supported");
        }
        String autoPad = attrs.s("auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw attrs.error("auto_pad " + autoPad + " is not supported for pooling; give explicit pads");
        }
        boolean ceil = attrs.i("ceil_mode", 0) != 0;
        int[] out = {in[0], in[1], 0, 0};
        for (int k = 0; k < 2; k++) {
            int span = in[2 + k] + pads[k] + pads[k + 2] - kernel[k];
            if (span < 0 || strides[k] <= 0) {
                throw attrs.error("kernel " + Arrays.toString(kernel) + " does not fit input " + Arrays.toString(in));
            }
            out[2 + k] = (ceil ? Math.floorDiv(span + strides[k] - 1, strides[k]) : span / strides[k]) + 1;
        }
        return out;
    }

    private static int[] global(NodeAttributes attrs, int[] in) {
        if (in.length < 3) {
            throw attrs.error("input of rank " + in.length + " has no spatial dimensions");
        }
        int[] out = in.clone();
        for (int k = 2; k < out.length; k++) {
            out[k] = 1;
        }
        return out;
    }

    static void requireInputs(NodeProto node, NodeAttributes attrs, int count) {
        if (node.getInputCount() < count) {
            throw attrs.error("has " + node.getInputCount() + " inputs, needs " + count);
        }
    }

    static int normalizeAxis(NodeAttributes attrs, long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw attrs.error("axis " + axis + " is outside a tensor of rank " + rank);
        }
        return (int) a;
    }
}
