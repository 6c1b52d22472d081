package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.quant.PanaceaConfig;
import dev.precis.workloads.quant.PanaceaLayerResult;
import dev.precis.workloads.quant.PanaceaQuantizer;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanaceaLayerQuantizationTest {

    @TempDir
    Path dir;

    @Test
    void layerStatisticsAndTilesEqualWhatPanaceaReportsForTheLayer() throws IOException {
        Path out = dir.resolve("panacea.trace");
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 2, 5, new PanaceaLayerQuantization(), out);
        assertThat(summary.header().quantizerParameters()).containsEntry("hoVectorLength", "16")
                .containsEntry("zpm", "true").containsEntry("dbs", "true");
        Map<String, TileColumns> tiles = AdapterTraces.tiles(out);
        ModelOperands model = new ModelOperands(AdapterTraces.SMALL, 2, 5, AdapterTraces.synthetic(5));
        for (int i = 0; i < AdapterTraces.SMALL.layers().size(); i++) {
            LayerOperands operands = model.layer(i);
            PanaceaConfig config = PanaceaConfig.defaults();
            if (!operands.layer().hasWeights()) {
                config = new PanaceaConfig(8, 8, false, 16, 4, true, 2, 6, 0.99, true, 1e-4, 4, 1, 64, 2048, 0);
            }
            PanaceaLayerResult expected = new PanaceaQuantizer(config)
                    .quantizeLayer(OperandMatrix.stacked(operands.a()), OperandMatrix.stacked(operands.b()));
            LayerRecord layer = summary.layers().get(i).layer();
            SortedMap<String, Double> stats = layer.statistics();
            assertThat(stats.get("panacea.skippableFraction")).isEqualTo(expected.skippableFraction());
            assertThat(stats.get("panacea.zeroPoint")).isEqualTo(expected.zeroPoint());
            assertThat(stats.get("panacea.hoSplitBits")).isEqualTo(expected.loBits());
            assertThat(stats.get("panacea.frequentHoValue")).isEqualTo(expected.frequentValue());
            assertThat(stats.get("panacea.rleBits")).isEqualTo(expected.hoRleBits());
            assertThat(stats.get("panacea.compensation"))
                    .isEqualTo((double) expected.compensatedVectors() * operands.gemm().n());
            if (operands.gemm().count() == 1) {
                assertThat(stats.get("panacea.compensation")).isEqualTo((double) expected.compensationAdds());
            }

            TensorDescriptor a = layer.tensors().get(0);
            assertThat(a.typeName()).isEqualTo("uint8");
            assertThat(a.zeroPoints()).containsExactly(expected.zeroPoint());
            assertThat(a.scales()[0]).isEqualTo((float) expected.activationScale());
            TensorDescriptor b = layer.tensors().get(1);
            assertThat(b.typeName()).isEqualTo("int8");
            assertThat(b.perChannel()).isEqualTo(operands.layer().hasWeights());
            assertThat(b.scales()).hasSize(expected.weightScales().length);

            // Per tile: the quantizer's HO counts; vectors per tile = rows x ceil(cols / 16).
            TileColumns ca = tiles.get(AdapterTraces.key(i, TensorRole.INPUT));
            TileGrid grid = layer.tilings().get(0).grid();
            assertThat(grid.hoVectorLength()).isEqualTo(16);
            long skippable = 0;
            long vectors = 0;
            for (int t = 0; t < ca.size(); t++) {
                assertThat(ca.hoZeroVectors()[t]).isEqualTo(expected.tileZeroVectors()[t]);
                assertThat(ca.hoFrequentVectors()[t]).isEqualTo(expected.tileFrequentVectors()[t]);
                assertThat(ca.rleBits()[t]).isEqualTo(expected.tileRleBits()[t]);
                assertThat(ca.rleRuns()[t]).isEqualTo(expected.tileRunOffset()[t + 1] - expected.tileRunOffset()[t]);
                int v = grid.hoVectorsIn(t);
                assertThat(expected.tileZeroVectors()[t] + expected.tileFrequentVectors()[t]
                        + expected.tileOtherVectors()[t]).isEqualTo(v);
                skippable += ca.hoZeroVectors()[t] + ca.hoFrequentVectors()[t];
                vectors += v;
            }
            assertThat((double) skippable / vectors).isCloseTo(expected.skippableFraction(), within(1e-12));
        }
    }

    @Test
    void nonzeroCountsAreCodesAwayFromTheZeroPoint() throws IOException {
        Path out = dir.resolve("panacea.trace");
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 1, 9, new PanaceaLayerQuantization(), out);
        // Depthwise layer: rectified input (about half exact zeros) plus 3 x 3 padding. An exact zero
        // is coded as the zero point whatever ZPM chose, so it never counts as nonzero.
        TraceSummary.LayerSummary dw = summary.layers().get(1);
        OperandTotals input = dw.end().totals().get(0);
        TileGrid grid = dw.layer().tilings().get(0).grid();
        long values = (long) grid.groups() * grid.rows() * grid.cols();
        assertThat((double) input.nonzero() / values).isBetween(0.2, 0.6);
        OperandTotals weights = dw.end().totals().get(1);
        assertThat((double) weights.nonzero() / (16 * 9)).isGreaterThan(0.8);
    }
}
