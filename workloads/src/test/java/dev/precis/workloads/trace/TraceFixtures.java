package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** A small trace that uses every record type, header field and tile field, with seeded plausible values. */
final class TraceFixtures {

    static final List<Layer> LAYERS = List.of(
            ConvLayer.square("conv", new FeatureMap(8, 6, 6), 16, 3, 1, 1, 1, ActivationKind.POST_RELU),
            new FcLayer("fc", 100, 10, 3, ActivationKind.TRANSFORMER_HIDDEN),
            new MatMulLayer("scores", 5, 7, 9, 2, ActivationKind.LINEAR, ActivationKind.LINEAR));
    static final int BATCH = 2;
    static final int TILE_COLS = 32;
    static final int HO_VECTOR = 16;

    private TraceFixtures() {
    }

    static TraceHeader header() {
        return new TraceHeader("fixture", "drift+panacea-shaped", new TreeMap<>(Map.of("group", "32", "bound", "exact")),
                new TreeMap<>(Map.of("plan", "rule:fixture")), 99, BATCH, LAYERS.size(), "test",
                List.of(new OperandRef(0, TensorRole.INPUT), new OperandRef(2, TensorRole.SECOND_INPUT)));
    }

    /** Writes the fixture; returns the per-layer columns written, for comparison after reading. */
    static void write(Path file) throws IOException {
        Random random = new Random(5);
        try (TraceWriter w = TraceWriter.create(file, header())) {
            for (int i = 0; i < LAYERS.size(); i++) {
                Layer layer = LAYERS.get(i);
                LayerRecord record = layerRecord(i, layer);
                w.beginLayer(record);
                for (OperandTiling t : record.tilings()) {
                    w.writeTiles(t.role(), columns(t.grid(), t.fields(), random));
                }
                w.endLayer();
            }
            w.commit();
        }
    }

    static LayerRecord layerRecord(int index, Layer layer) {
        var gemm = layer.gemm(BATCH);
        TensorRole b = layer.hasWeights() ? TensorRole.WEIGHT : TensorRole.SECOND_INPUT;
        int channels = (int) (gemm.n() * gemm.count());
        float[] scales = new float[channels];
        for (int c = 0; c < channels; c++) {
            scales[c] = 0.01f * (c + 1);
        }
        List<TensorDescriptor> tensors = List.of(
                TensorDescriptor.perTensor(TensorRole.INPUT, "uint8", 8, 0.05f, 12),
                layer.hasWeights()
                        ? new TensorDescriptor(b, "int8", 8, true, scales, new int[] {0})
                        : TensorDescriptor.perTensor(b, "int8", 8, 0.1f, 0));
        Set<TileField> all = EnumSet.allOf(TileField.class);
        List<OperandTiling> tilings = List.of(
                new OperandTiling(TensorRole.INPUT, new TileGrid((int) gemm.count(), (int) gemm.m(), (int) gemm.k(),
                        1, TILE_COLS, HO_VECTOR), all),
                new OperandTiling(b, new TileGrid((int) gemm.count(), (int) gemm.n(), (int) gemm.k(), 1, TILE_COLS, 0),
                        EnumSet.of(TileField.NONZERO, TileField.PRECISION)));
        return new LayerRecord(index, layer, gemm, tensors, tilings,
                new TreeMap<>(Map.of("panacea.compensation", 1.5 * index, "panacea.hoSplitBits", 4.0)));
    }

    static TileColumns columns(TileGrid grid, Set<TileField> fields, Random random) {
        int tiles = Math.toIntExact(grid.tiles());
        TileColumns c = TileColumns.allocate(tiles, fields);
        for (int i = 0; i < tiles; i++) {
            c.nonzero()[i] = random.nextInt(grid.valuesIn(i) + 1);
            if (c.precisionBits() != null) {
                c.precisionBits()[i] = (byte) (2 * (1 + random.nextInt(4)));
            }
            if (c.hoZeroVectors() != null) {
                int vectors = grid.hoVectorsIn(i);
                int zero = random.nextInt(vectors + 1);
                c.hoZeroVectors()[i] = zero;
                c.hoFrequentVectors()[i] = random.nextInt(vectors - zero + 1);
                c.rleRuns()[i] = random.nextInt(vectors + 1);
                c.rleBits()[i] = random.nextInt(1 << 12);
            }
        }
        return c;
    }
}
