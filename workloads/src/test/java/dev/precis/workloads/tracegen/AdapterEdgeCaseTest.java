package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterEdgeCaseTest {

    @TempDir
    Path dir;

    /** Every operand all zeros (e.g. an imported dead layer). */
    private static final OperandSource ZEROS = new OperandSource() {
        @Override
        public FloatTensor input(Layer layer, int layerIndex, int batch) {
            int[] shape = TensorShapes.input(layer, batch);
            return new FloatTensor(new float[Arrays.stream(shape).reduce(1, (a, b) -> a * b)], shape);
        }

        @Override
        public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
            int[] shape = TensorShapes.operandB(layer, batch);
            return new FloatTensor(new float[Arrays.stream(shape).reduce(1, (a, b) -> a * b)], shape);
        }
    };

    @Test
    void allZeroOperandsGiveValidTracesWithoutNonzeros() throws IOException {
        QuantizerRegistry registry = QuantizerRegistry.load();
        for (String name : registry.names()) {
            Path out = dir.resolve(name + ".trace");
            TraceGenerator.generate(AdapterTraces.SMALL, 1, 1, ZEROS, registry.create(name), out, line -> { });
            TraceSummary summary = TraceSummary.read(out);
            for (TraceSummary.LayerSummary layer : summary.layers()) {
                for (int o = 0; o < layer.end().totals().size(); o++) {
                    OperandTotals totals = layer.end().totals().get(o);
                    TileGrid grid = layer.layer().tilings().get(o).grid();
                    assertThat(totals.nonzero()).as(name + " " + layer.layer().layer().name()).isZero();
                    if (totals.precisionHistogram() != null) {
                        // all-zero tiles need the lowest precision
                        assertThat(totals.precisionHistogram()[2]).isEqualTo(totals.tiles());
                    }
                    if (totals.hoSlices()) {
                        // every HO vector is zero: rows x ceil(cols / 16) per group (1 x 64 tiles)
                        long vectors = (long) grid.groups() * grid.rows() * ((grid.cols() + 15) / 16);
                        assertThat(totals.hoZeroVectors()).isEqualTo(vectors);
                    }
                }
            }
        }
    }

    @Test
    void everyQuantizerWritesByteIdenticalTracesForASeed() throws IOException {
        QuantizerRegistry registry = QuantizerRegistry.load();
        for (String name : registry.names()) {
            Path first = dir.resolve(name + "-1.trace");
            Path second = dir.resolve(name + "-2.trace");
            AdapterTraces.write(AdapterTraces.SMALL, 2, 13, registry.create(name), first);
            AdapterTraces.write(AdapterTraces.SMALL, 2, 13, registry.create(name), second);
            assertThat(Files.readAllBytes(second)).as(name).isEqualTo(Files.readAllBytes(first));
        }
    }
}
