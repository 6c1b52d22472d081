package dev.precis.workloads.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.FcLayer;
import org.junit.jupiter.api.Test;

class ShippedModelsTest {

    @Test
    void theShippedModelLoadsWithItsRecordedChecksumAndImportsAsThreeFullyConnectedLayers() {
        ImportedModel m = ShippedModels.importModel(ShippedModels.HELLO_DEEPA, null);
        assertThat(m.inputShape()).containsExactly(1, 25, 96);
        assertThat(m.model().name()).isEqualTo("hello-deepa");
        assertThat(m.model().layers()).containsExactly(
                new FcLayer("/layer1/Gemm", 2400, 32, 1, ActivationKind.NETWORK_INPUT),
                new FcLayer("/blocks.0/fcn_layer/Gemm", 32, 32, 1, ActivationKind.POST_RELU),
                new FcLayer("/last_layer/Gemm", 32, 1, 1, ActivationKind.POST_RELU));
        assertThat(m.binding(0).weights().shape()).containsExactly(32, 2400);
    }

    @Test
    void runningItGivesProbabilitiesAndRectifiedHiddenActivations() {
        ImportedModel m = ShippedModels.importModel(ShippedModels.HELLO_DEEPA, null);
        CapturedActivations a = ActivationCapture.run(m, ModelInputs.synthetic(m, 4, 1));
        float[] out = a.values("39"); // the Sigmoid output, the graph's one output
        assertThat(out).hasSize(4);
        for (float p : out) {
            assertThat(p).isBetween(0f, 1f);
        }
        float[] hidden = a.values(m.binding(1).input());
        assertThat(hidden).hasSize(4 * 32);
        int zeros = 0;
        for (float v : hidden) {
            assertThat(v).isGreaterThanOrEqualTo(0f);
            zeros += v == 0f ? 1 : 0;
        }
        // A ReLU after a LayerNorm: some but not all of the values are zero.
        assertThat(zeros).isBetween(1, 4 * 32 - 1);
    }

    @Test
    void aFileWhoseChecksumDiffersIsRefused() {
        ShippedModel tampered = new ShippedModel("hello-deepa", ShippedModels.HELLO_DEEPA.resource(),
                "0".repeat(64), "a test");
        assertThatThrownBy(() -> ShippedModels.load(tampered))
                .isInstanceOf(OnnxFormatException.class)
                .hasMessage("hello-deepa: shipped file /dev/precis/workloads/onnx/models/hello_deepa.onnx has SHA-256 "
                        + ShippedModels.HELLO_DEEPA.sha256() + " but " + "0".repeat(64)
                        + " was recorded from a test; the file is damaged");
    }
}
