package dev.precis.workloads.onnx;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.util.Arrays;

/**
 * The operands of an imported model's layers as the model itself gives them: weights from its
 * initializers, activations captured by running it ({@link ActivationCapture}). The trace's batch must
 * be the number of samples captured. {@link #imports} (what the trace header records as real) is true
 * for every operand except a layer input that is the network input itself (perhaps reshaped or pooled) when
 * the samples were synthetic.
 */
public final class OnnxOperandSource implements OperandSource {

    private final ImportedModel model;
    private final CapturedActivations activations;
    private final boolean realInputs;

    public OnnxOperandSource(ImportedModel model, CapturedActivations activations, boolean realInputs) {
        this.model = model;
        this.activations = activations;
        this.realInputs = realInputs;
    }

    @Override
    public FloatTensor input(Layer layer, int layerIndex, int batch) {
        return activation(layerIndex, model.binding(layerIndex).input(), TensorShapes.input(layer, batch), batch);
    }

    @Override
    public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
        LayerBinding binding = model.binding(layerIndex);
        if (binding.hasWeights()) {
            return binding.weights();
        }
        return activation(layerIndex, binding.second(), TensorShapes.operandB(layer, batch), batch);
    }

    @Override
    public boolean imports(Layer layer, int layerIndex, TensorRole role) {
        if (role == TensorRole.INPUT && layer.inputKind() == ActivationKind.NETWORK_INPUT) {
            return realInputs; // the model's input itself, perhaps reshaped or pooled on the way
        }
        return true;
    }

    private FloatTensor activation(int layerIndex, String name, int[] shape, int batch) {
        if (batch != activations.samples()) {
            throw new IllegalArgumentException(model.source() + ": the trace's batch " + batch + " differs from the "
                    + activations.samples() + " samples the activations were captured on");
        }
        float[] values = activations.values(name);
        long expected = TensorValues.count(shape);
        if (values.length != expected) {
            throw new IllegalArgumentException(model.source() + ": layer " + model.binding(layerIndex).node()
                    + " needs " + expected + " values " + Arrays.toString(shape) + " of " + name + " but "
                    + values.length + " were captured");
        }
        return new FloatTensor(values, shape);
    }
}
