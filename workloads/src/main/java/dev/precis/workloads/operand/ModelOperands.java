package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.function.Consumer;

/**
 * A model at a batch size with the source of its operands: what a quantizer sees before the
 * first layer (see {@code LayerQuantization.forModel} in {@code tracegen}). {@link #layer(int)}
 * builds a layer's operands on demand, so a model-wide pass holds one layer's tensors at a time.
 *
 * @param seed the trace's seed (the synthetic operands' model seed); quantizers with a random
 *     search of their own derive its seed from this one
 * @param progress receives progress lines of a model-wide pass (the CLI prints them on stderr)
 */
public record ModelOperands(Model model, int batch, long seed, OperandSource source, Consumer<String> progress) {

    /** Without progress lines. */
    public ModelOperands(Model model, int batch, long seed, OperandSource source) {
        this(model, batch, seed, source, line -> { });
    }

    /** The operands of layer {@code index} (generated or imported each time it is called). */
    public LayerOperands layer(int index) {
        Layer layer = model.layers().get(index);
        GemmShape gemm = layer.gemm(batch);
        FloatTensor a = source.input(layer, index, batch);
        FloatTensor b = source.operandB(layer, index, batch);
        return new LayerOperands(index, layer, batch, gemm, GemmOperands.a(layer, batch, a),
                GemmOperands.b(layer, batch, b));
    }
}
