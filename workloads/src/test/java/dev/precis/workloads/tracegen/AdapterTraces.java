package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.TileBlock;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.trace.TraceRecord;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.MatMulLayer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelResolver;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small models and helpers shared by the quantizer adapter tests: write a trace, read its tiles back. */
final class AdapterTraces {

    /**
     * A convolution with padding (im2col zeros), a depthwise convolution (groups), a fully
     * connected layer on Transformer hidden states, and an attention product (no weights).
     */
    static final Model SMALL = new Model("small", "adapter test model", List.of(
            ConvLayer.square("conv", new FeatureMap(8, 10, 10), 16, 3, 1, 1, 1, ActivationKind.NETWORK_INPUT),
            ConvLayer.square("depthwise", new FeatureMap(16, 10, 10), 16, 3, 2, 1, 16, ActivationKind.POST_RELU),
            new FcLayer("fc", 200, 24, 6, ActivationKind.TRANSFORMER_HIDDEN),
            new MatMulLayer("scores", 12, 12, 32, 2, ActivationKind.LINEAR, ActivationKind.LINEAR)));

    private AdapterTraces() {
    }

    static OperandSource synthetic(long seed) {
        return OperandSource.synthetic(new SyntheticTensorSource(seed, SyntheticTensorConfig.defaults()));
    }

    static TraceSummary write(Model model, int batch, long seed, LayerQuantization quantization, Path out)
            throws IOException {
        TraceGenerator.generate(model, batch, seed, synthetic(seed), quantization, out, line -> { });
        return TraceSummary.read(out);
    }

    /**
     * What {@code precis trace --model MODEL --quantizer QUANTIZER --param ...} writes: the model
     * resolved as the command resolves it, synthetic operands from the seed.
     */
    static TraceWriteResult write(String model, String quantizer, Map<String, String> options, long seed, int batch,
                                  Path out) throws IOException {
        return TraceGenerator.generate(ModelResolver.resolve(model), batch, seed, synthetic(seed),
                QuantizerRegistry.load().create(quantizer, options), out, line -> { });
    }

    /** All tiles of each (layer, role), concatenated in file order. */
    static Map<String, TileColumns> tiles(Path file) throws IOException {
        Map<String, List<TileColumns>> blocks = new HashMap<>();
        try (TraceReader reader = TraceReader.open(file)) {
            for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof TileBlock b) {
                    blocks.computeIfAbsent(key(b.layerIndex(), b.role()), k -> new ArrayList<>()).add(b.columns());
                }
            }
        }
        Map<String, TileColumns> joined = new HashMap<>();
        blocks.forEach((k, list) -> joined.put(k, concat(list)));
        return joined;
    }

    static String key(int layer, TensorRole role) {
        return layer + "/" + role;
    }

    private static TileColumns concat(List<TileColumns> parts) {
        int n = parts.stream().mapToInt(TileColumns::size).sum();
        TileColumns all = TileColumns.allocate(n, parts.get(0).fields());
        int at = 0;
        for (TileColumns p : parts) {
            System.arraycopy(p.nonzero(), 0, all.nonzero(), at, p.size());
            if (p.precisionBits() != null) {
                System.arraycopy(p.precisionBits(), 0, all.precisionBits(), at, p.size());
            }
            if (p.hoZeroVectors() != null) {
                System.arraycopy(p.hoZeroVectors(), 0, all.hoZeroVectors(), at, p.size());
                System.arraycopy(p.hoFrequentVectors(), 0, all.hoFrequentVectors(), at, p.size());
                System.arraycopy(p.rleRuns(), 0, all.rleRuns(), at, p.size());
                System.arraycopy(p.rleBits(), 0, all.rleBits(), at, p.size());
            }
            at += p.size();
        }
        return all;
    }
}
