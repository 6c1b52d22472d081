package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.AttributeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A node's attributes by name, with the type each one must have: an attribute of another type is an
 * {@link OnnxFormatException} naming the node, never a silent default.
 */
final class NodeAttributes {

    private final String source;
    private final NodeProto node;
    private final String nodeName;

    NodeAttributes(String source, NodeProto node, String nodeName) {
        this.source = source;
        this.node = node;
        this.nodeName = nodeName;
    }

    boolean has(String name) {
        return find(name) != null;
    }

    long i(String name, long fallback) {
        AttributeProto a = typed(name, AttributeProto.AttributeType.INT);
        return a == null ? fallback : a.getI();
    }

    float f(String name, float fallback) {
        AttributeProto a = typed(name, AttributeProto.AttributeType.FLOAT);
        return a == null ? fallback : a.getF();
    }

    String s(String name, String fallback) {
        AttributeProto a = typed(name, AttributeProto.AttributeType.STRING);
        return a == null ? fallback : a.getS().toString(StandardCharsets.UTF_8);
    }

    /** The INTS attribute, or null when absent. */
    long[] ints(String name) {
        AttributeProto a = typed(name, AttributeProto.AttributeType.INTS);
        if (a == null) {
            return null;
        }
        List<Long> list = a.getIntsList();
        long[] values = new long[list.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = list.get(k);
        }
        return values;
    }

    /** The INTS attribute as ints of the given length, or {@code fallback} when absent. */
    int[] ints(String name, int length, int fallback) {
        long[] values = ints(name);
        int[] out = new int[length];
        if (values == null) {
            java.util.Arrays.fill(out, fallback);
            return out;
        }
        if (values.length != length) {
            throw error("attribute " + name + " has " + values.length + " values, expected " + length);
        }
        for (int k = 0; k < length; k++) {
            if (values[k] < 0 || values[k] > Integer.MAX_VALUE) {
                throw error("attribute " + name + " has the impossible value " + values[k]);
            }
            out[k] = (int) values[k];
        }
        return out;
    }

    TensorProto tensor(String name) {
        AttributeProto a = typed(name, AttributeProto.AttributeType.TENSOR);
        return a == null ? null : a.getT();
    }

    OnnxFormatException error(String problem) {
        return OnnxFormatException.atNode(source, nodeName, node.getOpType(), problem);
    }

    private AttributeProto typed(String name, AttributeProto.AttributeType type) {
        AttributeProto a = find(name);
        if (a == null) {
            return null;
        }
        if (a.hasType() && a.getType() != type) {
            throw error("attribute " + name + " is of type " + a.getType() + ", expected " + type);
        }
        return a;
    }

    private AttributeProto find(String name) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
