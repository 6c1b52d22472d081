package dev.precis.validation.papers;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizedLayer;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A zoo model's layers quantized as {@code precis trace} quantizes them: the same seeded synthetic operands
 * ({@link SyntheticTensorSource} with its defaults) and the same registered quantizer with the same options, so
 * what a paper experiment replays is what a trace of that model holds, without writing the file.
 */
public final class ModelLayers {

    /** The seed of every paper experiment's operands (as {@code precis trace --seed 1}). */
    public static final long SEED = 1;

    private ModelLayers() {
    }

    /** Each layer of {@code model} with its GEMM view at {@code batch}, without generating operands. */
    public static void shapes(String model, int batch, ShapeSink sink) {
        Model m = ModelZoo.get(model);
        for (int i = 0; i < m.layers().size(); i++) {
            Layer layer = m.layers().get(i);
            sink.accept(i, layer, layer.gemm(batch));
        }
    }

    /** Receives a layer's index, the layer and its GEMM view. */
    @FunctionalInterface
    public interface ShapeSink {
        void accept(int index, Layer layer, GemmShape gemm);
    }

    /** Quantizes every layer of {@code model} at {@code batch} with {@code quantizer} and hands each to {@code sink}. */
    public static void quantize(String model, int batch, String quantizer, Map<String, String> options,
                                BiConsumer<LayerOperands, QuantizedLayer> sink) {
        Model m = ModelZoo.get(model);
        ModelOperands operands = new ModelOperands(m, batch, SEED,
                OperandSource.synthetic(new SyntheticTensorSource(SEED, SyntheticTensorConfig.defaults())));
        // A model-wide pass first, as the trace generator does (ANT's precision plan, LPQ's search).
        LayerQuantization q = QuantizerRegistry.load().create(quantizer, options).forModel(operands);
        for (int i = 0; i < m.layers().size(); i++) {
            LayerOperands layer = operands.layer(i);
            sink.accept(layer, q.quantize(layer));
        }
    }
}
