package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.zoo.ActivationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer knows about each value of the graph while it walks the nodes in order: its static
 * shape, whether it is a constant (an initializer or a {@code Constant} node's tensor, with its
 * values) and, for activations, the {@link ActivationKind} of whatever produced it. The activations
 * of type float are listed in production order: these are the values ONNX Runtime is asked to expose.
 */
final class GraphValues {

    private final Map<String, int[]> shapes = new HashMap<>();
    private final Map<String, TensorProto> constants = new HashMap<>();
    private final Map<String, ActivationKind> kinds = new HashMap<>();
    private final List<String> activations = new ArrayList<>();

    void constant(String name, TensorProto tensor, int[] shape) {
        shapes.put(name, shape);
        constants.put(name, tensor);
    }

    /** A float activation with its producer's kind (what a layer fed by it sees). */
    void activation(String name, int[] shape, ActivationKind kind) {
        shapes.put(name, shape);
        kinds.put(name, kind);
        activations.add(name);
    }

    /** A value that is neither a float activation nor a constant (a Dropout mask): its shape only. */
    void other(String name, int[] shape) {
        shapes.put(name, shape);
    }

    boolean known(String name) {
        return shapes.containsKey(name);
    }

    int[] shape(String name) {
        return shapes.get(name).clone();
    }

    boolean isConstant(String name) {
        return constants.containsKey(name);
    }

    TensorProto constantTensor(String name) {
        return constants.get(name);
    }

    boolean isActivation(String name) {
        return kinds.containsKey(name);
    }

    ActivationKind kind(String name) {
        return kinds.get(name);
    }

    /** The float activations in production order (the graph input first), each with its number of values. */
    Map<String, Long> activationSizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String name : activations) {
            sizes.put(name, TensorValues.count(shapes.get(name)));
        }
        return sizes;
    }
}
