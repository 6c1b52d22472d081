package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Folds the integer shape computations exporters emit around a {@code Reshape} ({@code Shape},
 * {@code Gather}, {@code Unsqueeze}, {@code Squeeze}, {@code Concat}, {@code Cast} of constants) into
 * constants, which static shapes make possible: {@code Shape} of any value is its inferred shape, and the
 * others fold when all their inputs are integer constants. The results are INT64 constants in
 * {@link GraphValues}, so a {@code Reshape} or {@code ReduceMean} reading them finds a constant.
 */
final class ShapeFolding {

    /** Operators folded here when their inputs are constants ({@code Shape}: always). */
    static final Set<String> FOLDED = Set.of("Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Cast");

    private ShapeFolding() {
    }

    /** Whether this node is folded: {@code Shape}, or a foldable operator whose data inputs are integer constants. */
    static boolean folds(NodeProto node, GraphValues values) {
        String op = node.getOpType();
        if (op.equals("Shape")) {
            return true;
        }
        if (!FOLDED.contains(op)) {
            return false;
        }
        int data = op.equals("Concat") ? node.getInputCount() : 1;
        for (int k = 0; k < data; k++) {
            String in = node.getInput(k);
            if (!values.isConstant(in) || !TensorValues.isInteger(values.constantTensor(in))) {
                return false;
            }
        }
        return true;
    }

    static void fold(String source, NodeProto node, NodeAttributes attrs, GraphValues values) {
        String op = node.getOpType();
        long[] result;
        int[] dims;
        switch (op) {
            case "Shape" -> {
                int[] shape = values.shape(node.getInput(0));
                int start = bound(attrs.i("start", 0), shape.length);
                int end = bound(attrs.i("end", shape.length), shape.length);
                result = new long[Math.max(0, end - start)];
                for (int k = 0; k < result.length; k++) {
                    result[k] = shape[start + k];
                }
                dims = new int[] {result.length};
            }
            case "Gather" -> {
                long[] data = longs(source, values, node.getInput(0));
                int[] dataDims = values.shape(node.getInput(0));
                NodeShapes.requireInputs(node, attrs, 2);
                if (dataDims.length != 1 || attrs.i("axis", 0) != 0) {
                    throw attrs.error("only Gather of a 1-D integer constant along axis 0 is folded; data has shape "
                            + Arrays.toString(dataDims));
                }
                String indicesName = node.getInput(1);
                if (!values.isConstant(indicesName)) {
                    throw attrs.error("indices " + indicesName + " are computed at run time; they must be a constant");
                }
                long[] indices = longs(source, values, indicesName);
                result = new long[indices.length];
                for (int k = 0; k < indices.length; k++) {
                    long i = indices[k] < 0 ? indices[k] + data.length : indices[k];
                    if (i < 0 || i >= data.length) {
                        throw attrs.error("index " + indices[k] + " is outside data of length " + data.length);
                    }
                    result[k] = data[(int) i];
                }
                dims = values.shape(indicesName);
            }
            case "Unsqueeze", "Squeeze" -> {
                result = longs(source, values, node.getInput(0));
                dims = NodeShapes.squeezeOrUnsqueeze(source, node, attrs, values, values.shape(node.getInput(0)));
            }
            case "Concat" -> {
                List<Long> all = new ArrayList<>();
                for (String in : node.getInputList()) {
                    if (values.shape(in).length != 1) {
                        throw attrs.error("only Concat of 1-D integer constants is folded; " + in + " has shape "
                                + Arrays.toString(values.shape(in)));
                    }
                    for (long v : longs(source, values, in)) {
                        all.add(v);
                    }
                }
                result = all.stream().mapToLong(Long::longValue).toArray();
                dims = new int[] {result.length};
            }
            case "Cast" -> {
                long to = attrs.i("to", 0);
                if (to != TensorProto.DataType.INT64_VALUE && to != TensorProto.DataType.INT32_VALUE) {
                    throw attrs.error("Cast of an integer constant to " + TensorValues.typeName((int) to)
                            + " is not supported");
                }
                result = longs(source, values, node.getInput(0));
                dims = values.shape(node.getInput(0));
            }
            default -> throw attrs.error("not a folded operator");
        }
        TensorProto.Builder t = TensorProto.newBuilder().setName(node.getOutput(0))
                .setDataType(TensorProto.DataType.INT64_VALUE);
        for (int d : dims) {
            t.addDims(d);
        }
        for (long v : result) {
            t.addInt64Data(v);
        }
        values.constant(node.getOutput(0), t.build(), dims);
    }

    private static long[] longs(String source, GraphValues values, String name) {
        return TensorValues.longs(source, values.constantTensor(name));
    }

    private static int bound(long index, int rank) {
        long i = index < 0 ? index + rank : index;
        return (int) Math.max(0, Math.min(rank, i));
    }
}
