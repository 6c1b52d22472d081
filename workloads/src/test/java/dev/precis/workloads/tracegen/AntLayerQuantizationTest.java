package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.quant.AntConfig;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlan;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.quant.AntQuantizer;
import dev.precis.workloads.quant.AntTensorResult;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AntLayerQuantizationTest {

    @TempDir
    Path dir;

    @Test
    void artifactVariantRunsEachLayerAtTheArtifactPlansBits() throws IOException {
        Path out = dir.resolve("resnet18-ant.trace");
        TraceWriteResult r = AdapterTraces.write("resnet18-ant", "ant", Map.of(), 3, 1, out);
        TraceSummary summary = TraceSummary.read(out);
        assertThat(summary.header().quantizerParameters()).containsEntry("design", "ANT-OS")
                .containsEntry("plan", "artifact:resnet18");
        AntPrecisionPlan plan = AntPrecisionPlans.artifact().plan("resnet18", AntDesign.ANT_OS);
        assertThat(summary.layers()).hasSize(plan.size());
        boolean sawNonInt = false;
        for (int i = 0; i < plan.size(); i++) {
            LayerRecord layer = summary.layers().get(i).layer();
            int bits = plan.layers().get(i).bits();
            assertThat(layer.statistics().get("ant.bits")).isEqualTo(bits);
            for (TensorDescriptor d : layer.tensors()) {
                assertThat(d.bits()).isEqualTo(bits);
                assertThat(d.typeName()).matches("(int|flint|pot)" + bits + "[su]");
                sawNonInt |= !d.typeName().startsWith("int");
                assertThat(d.zeroPoints()).containsExactly(0);
            }
            TensorDescriptor weights = layer.tensors().get(1);
            assertThat(weights.perChannel()).isTrue();
            assertThat(weights.scales()).hasSize((int) (layer.gemm().n() * layer.gemm().count()));
            assertThat(layer.statistics()).containsKeys("ant.input.mse", "ant.weight.mse");
            assertThat(layer.statistics().get("ant.weight.channels." + weights.typeName()))
                    .isEqualTo(layer.gemm().n() * layer.gemm().count());
        }
        // 8 bits use int only; at 4 bits Gaussian weights pick flint over int (ANT's claim)
        assertThat(sawNonInt).isTrue();
        assertThat(summary.layers().get(0).layer().tensors().get(1).typeName()).isEqualTo("int8s");
        assertThat(r.tiles()).isEqualTo(summary.totalTiles());
    }

    @Test
    void otherModelsFollowThePapersRuleAndDescriptorsMatchTheQuantizer() throws IOException {
        Path out = dir.resolve("small.trace");
        AntLayerQuantization ant = new AntLayerQuantization();
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 1, 4, ant, out);
        assertThat(summary.header().quantizerParameters()).containsEntry("plan", "rule:small");
        int[] expectedBits = {8, 4, 4, 8};
        ModelOperands model = new ModelOperands(AdapterTraces.SMALL, 1, 4, AdapterTraces.synthetic(4));
        AntQuantizer activations = AntQuantizer.withDefaults();
        AntQuantizer weights = new AntQuantizer(AntConfig.defaults().withMaxSearchSamples(
                AntLayerQuantization.DEFAULT_WEIGHT_SEARCH_SAMPLES));
        for (int i = 0; i < expectedBits.length; i++) {
            LayerRecord layer = summary.layers().get(i).layer();
            assertThat(layer.statistics().get("ant.bits")).isEqualTo(expectedBits[i]);
            LayerOperands operands = model.layer(i);
            FloatTensor input = operands.a().tensor();
            AntTensorResult expected = activations.quantize(new FloatTensor(input.values(), input.shape()),
                    dev.precis.workloads.zoo.TensorRole.INPUT, expectedBits[i]);
            TensorDescriptor a = layer.tensors().get(0);
            assertThat(a.typeName()).isEqualTo(expected.type().name());
            assertThat(a.scales()[0]).isEqualTo((float) expected.scales()[0]);
            assertThat(layer.statistics().get("ant.input.mse")).isEqualTo(expected.mse());
            if (operands.layer().hasWeights()) {
                FloatTensor w = operands.b().tensor();
                AntTensorResult expectedWeights = weights.quantize(new FloatTensor(w.values(), w.shape()),
                        dev.precis.workloads.zoo.TensorRole.WEIGHT, expectedBits[i]);
                TensorDescriptor b = layer.tensors().get(1);
                assertThat(b.typeName()).isEqualTo(expectedWeights.type().name());
                assertThat(b.scales()).hasSize(expectedWeights.channels());
                assertThat(b.scales()[b.scales().length - 1])
                        .isEqualTo((float) expectedWeights.scales()[expectedWeights.channels() - 1]);
                assertThat(layer.statistics().get("ant.weight.mse")).isEqualTo(expectedWeights.mse());
            }
        }
        // the attention product's second operand is an activation: per tensor
        TensorDescriptor second = summary.layers().get(3).layer().tensors().get(1);
        assertThat(second.role()).isEqualTo(TensorRole.SECOND_INPUT);
        assertThat(second.perChannel()).isFalse();
    }

    @Test
    void activationTypesAndScalesAreSearchedOnTheFirstImagesOfTheBatch() throws IOException {
        int batch = 3;
        ModelOperands model = new ModelOperands(AdapterTraces.SMALL, batch, 4, AdapterTraces.synthetic(4));
        AntQuantizer activations = AntQuantizer.withDefaults();
        int differing = 0;
        for (int images : new int[] {1, 2, batch}) {
            Path out = dir.resolve("calibrated-" + images + ".trace");
            AntLayerQuantization ant = new AntLayerQuantization(QuantizerSettings.resolve(AntLayerQuantization.DESCRIPTOR,
                    Map.of("calibrationImages", Integer.toString(images))));
            TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, batch, 4, ant, out);
            assertThat(summary.header().quantizerSettings()).containsEntry("calibrationImages", Integer.toString(images));
            for (int i = 0; i < AdapterTraces.SMALL.layers().size(); i++) {
                LayerRecord layer = summary.layers().get(i).layer();
                int bits = (int) Math.round(layer.statistics().get("ant.bits"));
                FloatTensor input = model.layer(i).a().tensor();
                int[] shape = input.shape();
                shape[0] = images;
                FloatTensor first = new FloatTensor(Arrays.copyOf(input.values(), input.size() / batch * images), shape);
                AntTensorResult onFirst = activations.quantize(first, TensorRole.INPUT, bits);
                TensorDescriptor a = layer.tensors().get(0);
                String what = "layer " + i + " calibrated on " + images + " of " + batch + " images";
                assertThat(a.typeName()).as(what).isEqualTo(onFirst.type().name());
                assertThat(a.scales()[0]).as(what).isEqualTo((float) onFirst.scales()[0]);
                AntTensorResult onAll = activations.quantize(input, TensorRole.INPUT, bits);
                if (images < batch && onAll.scales()[0] != onFirst.scales()[0]) differing++;
            }
        }
        // the batch's other images hold larger values: calibrating on fewer clips them, the scale differs
        assertThat(differing).isPositive();
    }

    @Test
    void nonzeroCountsCountValuesThatQuantizeAwayFromZero() throws IOException {
        Path out = dir.resolve("small.trace");
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 1, 4, new AntLayerQuantization(), out);
        // depthwise input: rectified (about half zeros) with padding; Gaussian weights mostly nonzero
        TraceSummary.LayerSummary dw = summary.layers().get(1);
        TileGrid a = dw.layer().tilings().get(0).grid();
        double inputNonzero = (double) dw.end().totals().get(0).nonzero() / ((long) a.groups() * a.rows() * a.cols());
        assertThat(inputNonzero).isBetween(0.2, 0.6);
        TileGrid b = dw.layer().tilings().get(1).grid();
        double weightNonzero = (double) dw.end().totals().get(1).nonzero() / ((long) b.groups() * b.rows() * b.cols());
        assertThat(weightNonzero).isGreaterThan(0.6);
    }

    @Test
    void aPlanThatDoesNotFitTheModelIsRejected() {
        Path out = dir.resolve("vit.trace");
        assertThatThrownBy(() -> AdapterTraces.write("vit-ant-bitfusion", "ant", Map.of(), 1, 1, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists 49 layers but the model has 50").hasMessageContaining("use vit-ant");
    }

    @Test
    void bitFusionTakesEightBitsOnModelsOutsideTheArtifactAndSaysWhy() throws IOException {
        AntLayerQuantization bitFusion = new AntLayerQuantization(
                QuantizerSettings.defaults(AntLayerQuantization.DESCRIPTOR).with("design", "BitFusion"));
        TraceSummary summary = AdapterTraces.write(AdapterTraces.SMALL, 1, 1, bitFusion, dir.resolve("bf.trace"));
        assertThat(summary.header().quantizerParameters()).containsEntry("plan", "bitfusion-int8:small");
        assertThat(summary.header().quantizerDetails().get("planBasis")).contains("8 bits on every layer",
                "no ANT artifact list has this model's layer shapes");
        for (int i = 0; i < AdapterTraces.SMALL.layers().size(); i++) {
            assertThat(summary.layers().get(i).layer().statistics().get("ant.bits")).isEqualTo(8);
        }
    }
}
