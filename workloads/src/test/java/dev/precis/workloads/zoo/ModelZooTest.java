package dev.precis.workloads.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelZooTest {

    private static double gmac(String model) {
        return ModelZoo.get(model).totalMacs(1) / 1e9;
    }

    // Published per-image figures: torchvision model cards (GFLOPS column, which counts
    // multiply-accumulates) and the MobileNetV2 paper, Table 3 (300 M multiply-adds).
    @Test
    void cnnMacsMatchPublishedFigures() {
        assertThat(gmac("vgg16")).isCloseTo(15.47, within(0.05));
        assertThat(gmac("resnet18")).isCloseTo(1.81, within(0.02));
        assertThat(gmac("resnet50")).isCloseTo(4.09, within(0.03));
        assertThat(gmac("inceptionv3")).isCloseTo(5.71, within(0.06));
        assertThat(gmac("mobilenetv2")).isCloseTo(0.300, within(0.006));
        assertThat(gmac("vit-b16")).isCloseTo(17.56, within(0.05));
    }

    @Test
    void layerCountsMatchTheNetworks() {
        assertThat(ModelZoo.get("vgg16").countOf("conv")).isEqualTo(13);
        assertThat(ModelZoo.get("vgg16").countOf("fc")).isEqualTo(3);
        assertThat(ModelZoo.get("resnet18").layers()).hasSize(21);
        assertThat(ModelZoo.get("resnet50").countOf("conv")).isEqualTo(53);
        assertThat(ModelZoo.get("inceptionv3").countOf("conv")).isEqualTo(94);
        Model mobilenet = ModelZoo.get("mobilenetv2");
        assertThat(mobilenet.countOf("conv")).isEqualTo(52);
        assertThat(mobilenet.layers().stream()
                .filter(l -> l instanceof ConvLayer c && c.groups() == c.inChannels() && c.groups() > 1)
                .count()).isEqualTo(17);
        assertThat(ModelZoo.get("vit-b16").countOf("matmul")).isEqualTo(24);
        assertThat(ModelZoo.get("vit-b16").layers()).hasSize(74);
        assertThat(ModelZoo.get("bert-base").layers()).hasSize(97);
        assertThat(ModelZoo.get("llama7b-block-decode").layers()).hasSize(9);
    }

    @Test
    void bertMacsFollowTheClosedForm() {
        long d = 768;
        long ff = 3072;
        long seq = 128;
        long perLayer = seq * (4 * d * d + 2 * d * ff) + 2 * seq * seq * d;
        assertThat(ModelZoo.get("bert-base").totalMacs(1)).isEqualTo(12 * perLayer + d * d);
    }

    @Test
    void llamaDecodeStepCostsOneMacPerBlockParameterPlusAttention() {
        long d = 4096;
        long blockParameters = 4 * d * d + 3 * d * 11008; // 202 M, 1/32 of LLaMA-7B's 6.7 B minus embeddings
        assertThat(ModelZoo.get("llama7b-block-decode").totalMacs(1)).isEqualTo(blockParameters + 2 * 513 * d);
        assertThat(ModelZoo.get("llama7b-block-prefill512").totalMacs(1))
                .isEqualTo(512 * blockParameters + 2L * 512 * 512 * d);
    }

    @Test
    void batchScalesEveryModelLinearly() {
        for (String name : ModelZoo.names()) {
            Model model = ModelZoo.get(name);
            assertThat(model.totalMacs(4)).as(name).isEqualTo(4 * model.totalMacs(1));
        }
    }

    @Test
    void depthwiseConvolutionLowersToOneGemmPerChannel() {
        ConvLayer dw = ConvLayer.square("dw", new FeatureMap(96, 56, 56), 96, 3, 2, 1, 96, ActivationKind.POST_RELU);
        GemmShape g = dw.gemm(2);
        assertThat(g).isEqualTo(new GemmShape(2L * 28 * 28, 1, 9, 96));
        assertThat(dw.macs(2)).isEqualTo(2L * 28 * 28 * 96 * 9);
    }

    @Test
    void attentionProductsAreOneGemmPerSampleAndHead() {
        MatMulLayer scores = new MatMulLayer("s", 197, 197, 64, 12, ActivationKind.LINEAR, ActivationKind.LINEAR);
        assertThat(scores.gemm(3)).isEqualTo(new GemmShape(197, 197, 64, 36));
    }

    @Test
    void unknownModelListsTheKnownOnes() {
        assertThatThrownBy(() -> ModelZoo.get("alexnet"))
                .hasMessageContaining("alexnet").hasMessageContaining("resnet50").hasMessageContaining("bert-base");
    }

    @Test
    void convolutionThatDoesNotFitIsRejected() {
        assertThatThrownBy(() -> ConvLayer.square("big", new FeatureMap(3, 4, 4), 8, 7, 1, 0, 1,
                ActivationKind.POST_RELU)).hasMessageContaining("big");
        assertThatThrownBy(() -> ConvLayer.square("g", new FeatureMap(6, 8, 8), 8, 3, 1, 1, 4,
                ActivationKind.POST_RELU)).hasMessageContaining("groups");
    }
}
