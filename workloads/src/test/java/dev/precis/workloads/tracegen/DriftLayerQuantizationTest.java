package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.quant.DriftConfig;
import dev.precis.workloads.quant.DriftLayerResult;
import dev.precis.workloads.quant.DriftQuantizer;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftLayerQuantizationTest {

    @TempDir
    Path dir;

    @Test
    void tileRecordsAreDriftsTilesOfTheGemmView() throws IOException {
        Path out = dir.resolve("drift.trace");
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 2, 7, new DriftLayerQuantization(), out);
        assertThat(summary.header().quantizer()).isEqualTo("drift");
        assertThat(summary.header().quantizerParameters()).containsEntry("groupSizeK", "64")
                .containsEntry("precisions", "2,4,6,8").containsEntry("outlierFraction", "0.03");
        Map<String, TileColumns> tiles = AdapterTraces.tiles(out);
        ModelOperands model = new ModelOperands(AdapterTraces.SMALL, 2, 7, AdapterTraces.synthetic(7));
        DriftQuantizer drift = new DriftQuantizer(DriftConfig.defaults());
        for (int i = 0; i < AdapterTraces.SMALL.layers().size(); i++) {
            LayerOperands operands = model.layer(i);
            for (GemmOperand operand : List.of(operands.a(), operands.b())) {
                DriftLayerResult expected = drift.quantize(OperandMatrix.stacked(operand));
                TileColumns written = tiles.get(AdapterTraces.key(i, operand.role()));
                assertThat(written.size()).isEqualTo(expected.tileCount());
                for (int t = 0; t < written.size(); t++) {
                    assertThat(written.precision(t)).isEqualTo(expected.tilePrecisionBits()[t]);
                    assertThat(written.nonzero()[t]).isEqualTo(expected.tileNonzeros()[t]);
                }
                TensorDescriptor d = summary.layers().get(i).layer().tensors().stream()
                        .filter(x -> x.role() == operand.role()).findFirst().orElseThrow();
                assertThat(d.typeName()).isEqualTo(expected.signed() ? "int8" : "uint8");
                assertThat(d.scales()[0]).isEqualTo((float) expected.scale());
            }
        }
        // The depthwise layer's input is rectified: unsigned static codes.
        assertThat(summary.layers().get(1).layer().tensors().get(0).typeName()).isEqualTo("uint8");
    }

    @Test
    void precisionsComeFromTheConfiguredSetAndStatisticsMatchTheTiles() throws IOException {
        Path out = dir.resolve("drift.trace");
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 1, 3, new DriftLayerQuantization(), out);
        for (TraceSummary.LayerSummary layer : summary.layers()) {
            for (OperandTotals totals : layer.end().totals()) {
                long[] histogram = totals.precisionHistogram();
                long inSet = 0;
                for (int bits : new int[] {2, 4, 6, 8}) {
                    inSet += histogram[bits];
                    String role = totals.role().name().toLowerCase(java.util.Locale.ROOT);
                    assertThat(layer.layer().statistics().get("drift." + role + ".tiles." + bits + "b"))
                            .isEqualTo((double) histogram[bits]);
                }
                assertThat(inSet).isEqualTo(totals.tiles());
            }
        }
    }

    @Test
    void narrowerDistributionGetsLowerMeanPrecision() throws IOException {
        Layer fc = new FcLayer("fc", 256, 32, 16, ActivationKind.LINEAR);
        Model model = new Model("one-fc", "test", List.of(fc));
        double wide = meanInputBits(model, fc, 1.0);
        double narrow = meanInputBits(model, fc, 0.05);
        assertThat(narrow).isLessThan(wide - 1);
    }

    /** Mean precision of the input tiles for uniform values in [-width, width] plus one value of 1 (same scale). */
    private double meanInputBits(Model model, Layer layer, double width) throws IOException {
        Random random = new Random(11);
        OperandSource source = new OperandSource() {
            @Override
            public FloatTensor input(Layer l, int index, int batch) {
                int[] shape = TensorShapes.input(l, batch);
                float[] v = new float[java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) ((2 * random.nextDouble() - 1) * width);
                }
                v[0] = 1f;
                return new FloatTensor(v, shape);
            }

            @Override
            public FloatTensor operandB(Layer l, int index, int batch) {
                int[] shape = TensorShapes.operandB(l, batch);
                float[] v = new float[java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) random.nextGaussian();
                }
                return new FloatTensor(v, shape);
            }
        };
        Path out = dir.resolve("w" + width + ".trace");
        TraceGenerator.generate(model, 1, 1, source, new DriftLayerQuantization(), out, line -> { });
        TraceSummary summary = TraceSummary.read(out);
        OperandTotals input = summary.layers().get(0).end().totals().get(0);
        double sum = 0;
        for (int bits = 0; bits < input.precisionHistogram().length; bits++) {
            sum += (double) bits * input.precisionHistogram()[bits];
        }
        double mean = sum / input.tiles();
        // full tiles only (K = 256 = 4 x 64): the value-weighted mean equals the tile mean
        assertThat(summary.layers().get(0).layer().statistics().get("drift.input.meanBits")).isCloseTo(mean,
                within(1e-9));
        return mean;
    }

    @Test
    void tileRowsThatStraddleGroupsAreRejectedNamingTheLayer() {
        DriftLayerQuantization q = new DriftLayerQuantization(
                QuantizerSettings.defaults(DriftLayerQuantization.DESCRIPTOR).with("tileRows", "3"));
        assertThatThrownBy(() -> AdapterTraces.write(AdapterTraces.SMALL, 1, 1, q, dir.resolve("x.trace")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 1 (depthwise)").hasMessageContaining("tiles of 3 rows");
    }

    @Test
    void samplingConfigIsRejectedBecauseATraceNeedsEveryTile() {
        assertThatThrownBy(() -> QuantizerSettings.resolve(DriftLayerQuantization.DESCRIPTOR, Map.of("maxTileRows", "10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTileRows");
    }
}
