package dev.precis.workloads.onnx;

import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX model as Precis sees it: the zoo {@link Model} of its compute layers (per sample; the trace's
 * batch is the number of inputs it is run on), where each layer's operands come from, and what ONNX
 * Runtime needs to run it and expose its activations.
 *
 * @param source the file (or shipped model) it was read from, as error messages name it
 * @param bytes the serialized model as read
 * @param inputName the graph's one input
 * @param inputShape the input's static shape for one sample (leading dimension 1)
 * @param activations the float activations in production order (graph input first), each with its
 *     number of values per sample: what capture exposes
 */
public record ImportedModel(String source, byte[] bytes, Model model, List<LayerBinding> bindings, String inputName,
                            int[] inputShape, Map<String, Long> activationSizes) {

    public ImportedModel {
        bindings = List.copyOf(bindings);
        activationSizes = Collections.unmodifiableMap(new LinkedHashMap<>(activationSizes));
        inputShape = inputShape.clone();
        List<Layer> fromBindings = new ArrayList<>();
        for (LayerBinding b : bindings) {
            fromBindings.add(b.layer());
        }
        if (!fromBindings.equals(model.layers())) {
            throw new IllegalArgumentException(source + ": bindings do not match the model's layers");
        }
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The float activations in production order, the graph input first. */
    public List<String> activations() {
        return List.copyOf(activationSizes.keySet());
    }

    /** Values per sample of every activation together: what capturing one sample holds. */
    public long activationValuesPerSample() {
        long total = 0;
        for (long n : activationSizes.values()) {
            total = Math.addExact(total, n);
        }
        return total;
    }

    public LayerBinding binding(int layerIndex) {
        return bindings.get(layerIndex);
    }

    /** Values per sample of the input. */
    public int inputSize() {
        int n = 1;
        for (int d : inputShape) {
            n *= d;
        }
        return n;
    }
}
