package dev.precis.bench;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.tracegen.TraceWriteResult;
import dev.precis.workloads.zoo.ModelResolver;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.OperandTiling;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.trace.TraceWriter;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Benchmark command (not a test): writes and re-reads ResNet-50 traces and prints sizes
 * and wall times. Run it as documented in BENCHMARKS.md ("Workload traces"):
 * {@code java -cp bench/target/precis-benchmarks.jar dev.precis.bench.TraceWriteBenchmark 3}.
 *
 * <ol>
 *   <li>int8 end to end: synthetic tensors, quantization, trace writing, atomic commit;</li>
 *   <li>format capacity: the same layers with every per-tile field a Drift + Panacea trace
 *       carries (nonzero count, runtime precision, HO slice counts, RLE runs and bits) on
 *       both operands, values drawn at random within their valid ranges. The format's tile
 *       fields are fixed-width, so the file size is exactly that of a real Drift + Panacea
 *       trace on the same tile grid; the time measures the writer, not those quantizers.</li>
 * </ol>
 */
public final class TraceWriteBenchmark {

    private TraceWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("precis-trace-bench");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int run = 1; run <= runs; run++) {
            Path int8 = dir.resolve("resnet50-int8.trace");
            TraceWriteResult r = write("resnet50", "int8", 1, 1, int8);
            long readNanos = timeRead(int8);
            System.out.printf(Locale.ROOT, "run %d int8 end-to-end: %d layers, %d tiles, %.2f MB, write %.2f s,"
                    + " validate+read %.2f s%n", run, r.layers(), r.tiles(), r.bytes() / 1e6, r.elapsedNanos() / 1e9,
                    readNanos / 1e9);
            Path capacity = dir.resolve("resnet50-drift-panacea-fields.trace");
            long start = System.nanoTime();
            long[] stats = writeAllFields(ModelZoo.get("resnet50"), 1, capacity);
            long writeNanos = System.nanoTime() - start;
            readNanos = timeRead(capacity);
            System.out.printf(Locale.ROOT, "run %d all tile fields (capacity): %d tiles, %.2f MB, write %.2f s,"
                    + " validate+read %.2f s%n", run, stats[0], stats[1] / 1e6, writeNanos / 1e9, readNanos / 1e9);
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /**
     * What {@code precis trace --model MODEL --quantizer QUANTIZER} writes: the model resolved as the command
     * resolves it, synthetic operands from the seed.
     */
    static TraceWriteResult write(String model, String quantizer, long seed, int batch, Path out) throws IOException {
        OperandSource synthetic = OperandSource.synthetic(new SyntheticTensorSource(seed, SyntheticTensorConfig.defaults()));
        return TraceGenerator.generate(ModelResolver.resolve(model), batch, seed, synthetic,
                QuantizerRegistry.load().create(quantizer, Map.of()), out, line -> { });
    }

    private static long timeRead(Path file) throws IOException {
        long start = System.nanoTime();
        TraceSummary.read(file);
        return System.nanoTime() - start;
    }

    private static long[] writeAllFields(Model model, int batch, Path out) throws IOException {
        Set<TileField> all = EnumSet.allOf(TileField.class);
        RandomGenerator rng = new Well19937c(1);
        TraceHeader header = new TraceHeader(model.name(), "capacity-benchmark",
                new TreeMap<>(Map.of("tileValues", "64", "hoVectorLength", "16")), 1, batch, model.layers().size(),
                "TraceWriteBenchmark");
        long tiles = 0;
        try (TraceWriter w = TraceWriter.create(out, header)) {
            for (int i = 0; i < model.layers().size(); i++) {
                Layer layer = model.layers().get(i);
                GemmShape g = layer.gemm(batch);
                List<OperandTiling> tilings = new ArrayList<>();
                tilings.add(new OperandTiling(TensorRole.INPUT,
                        new TileGrid((int) g.count(), (int) g.m(), (int) g.k(), 1, 64, 16), all));
                tilings.add(new OperandTiling(TensorRole.WEIGHT,
                        new TileGrid((int) g.count(), (int) g.n(), (int) g.k(), 1, 64, 16), all));
                List<TensorDescriptor> tensors = List.of(
                        TensorDescriptor.perTensor(TensorRole.INPUT, "uint8", 8, 0.02f, 3),
                        TensorDescriptor.perTensor(TensorRole.WEIGHT, "int8", 8, 0.01f, 0));
                w.beginLayer(new LayerRecord(i, layer, g, tensors, tilings,
                        new TreeMap<>(Map.of("panacea.compensation", 1.0, "panacea.hoSplitBits", 4.0))));
                for (OperandTiling t : tilings) {
                    TileColumns c = fill(t.grid(), all, rng);
                    w.writeTiles(t.role(), c);
                    tiles += c.size();
                }
                w.endLayer();
            }
            return new long[] {tiles, w.commit()};
        }
    }

    private static TileColumns fill(TileGrid grid, Set<TileField> fields, RandomGenerator rng) {
        int n = Math.toIntExact(grid.tiles());
        TileColumns c = TileColumns.allocate(n, fields);
        for (int i = 0; i < n; i++) {
            int values = grid.valuesIn(i);
            int vectors = grid.hoVectorsIn(i);
            c.nonzero()[i] = rng.nextInt(values + 1);
            c.precisionBits()[i] = (byte) (2 + 2 * rng.nextInt(4));
            int zero = rng.nextInt(vectors + 1);
            c.hoZeroVectors()[i] = zero;
            c.hoFrequentVectors()[i] = rng.nextInt(vectors - zero + 1);
            c.rleRuns()[i] = rng.nextInt(vectors + 1);
            c.rleBits()[i] = rng.nextInt(1 << 10);
        }
        return c;
    }
}
