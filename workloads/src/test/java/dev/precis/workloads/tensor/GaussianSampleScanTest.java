package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.ModelZoo;
import dev.precis.workloads.zoo.TensorRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanned samples of synthetic tensors equal those of the tensors drawn in full, bit for bit. */
class GaussianSampleScanTest {

    private static final int[] SAMPLE_SIZES = {1, 3, 64, 512, 65_536, Integer.MAX_VALUE};

    private static void assertSameAsDrawnInFull(SyntheticTensorSource source, Layer layer, int index, int batch) {
        for (TensorRole role : List.of(TensorRole.INPUT, layer.operandBRole())) {
            FloatTensor full = role == TensorRole.INPUT ? source.input(layer, index, batch) : source.operandB(layer, index, batch);
            for (int max : SAMPLE_SIZES) {
                TensorSample expected = TensorSample.of(full, role, max);
                TensorSample scanned = source.sample(layer, index, batch, role, max);
                assertThat(scanned.contentEquals(expected)).as("%s %s batch %d, %d samples", layer.name(), role, batch, max).isTrue();
            }
        }
    }

    @Test
    void theScanFollowsTheGeneratorsGaussianStream() throws GaussianSampleScan.Irregular {
        for (long seed = 1; seed <= 4; seed++) {
            int n = 100_003;
            float[] drawn = new float[n];
            org.apache.commons.math3.distribution.NormalDistribution normal = new org.apache.commons.math3.distribution.NormalDistribution(
                    new org.apache.commons.math3.random.Well19937c(seed), 0, 1);
            for (int i = 0; i < n; i++) drawn[i] = (float) normal.sample();
            TensorSample scanned = GaussianSampleScan.scan(new BlockWell19937c(seed), false,
                    GaussianSampleScan.Form.PLAIN, null, 1, n, 1000);
            assertThat(scanned.contentEquals(TensorSample.of(new FloatTensor(drawn, n), TensorRole.INPUT, 1000))).isTrue();
        }
    }

    @Test
    void everyActivationKindAndOddChannelCountsGiveTheSampleOfTheFullTensor() {
        SyntheticTensorSource source = new SyntheticTensorSource(11, SyntheticTensorConfig.defaults());
        for (ActivationKind kind : List.of(ActivationKind.NETWORK_INPUT, ActivationKind.LINEAR, ActivationKind.POST_RELU,
                ActivationKind.POST_GELU, ActivationKind.TRANSFORMER_HIDDEN)) {
            // 3 and 5 output channels: an odd number of scale draws leaves a cached Gaussian for the first weight
            for (int out : new int[] {3, 5, 8}) {
                assertSameAsDrawnInFull(source, ConvLayer.square("c", new FeatureMap(7, 9, 9), out, 3, 1, 1, 1, kind), out, 3);
                assertSameAsDrawnInFull(source, new FcLayer("f", 33, out, 5, kind), out + 1, 1);
            }
        }
    }

    @Test
    void resNet18LayersAtBatch2GiveTheSampleOfTheFullTensors() {
        SyntheticTensorSource source = new SyntheticTensorSource(1, SyntheticTensorConfig.defaults());
        List<Layer> layers = ModelZoo.get("resnet18").layers();
        for (int i = 0; i < layers.size(); i++) assertSameAsDrawnInFull(source, layers.get(i), i, 2);
    }

    @Test
    void attentionProductsGiveTheSampleOfTheFullTensors() {
        SyntheticTensorSource source = new SyntheticTensorSource(5, SyntheticTensorConfig.defaults());
        List<Layer> layers = ModelZoo.get("bert-base").layers();
        int products = 0;
        for (int i = 0; i < layers.size() && products < 2; i++) {
            if (layers.get(i).hasWeights()) continue;
            assertSameAsDrawnInFull(source, layers.get(i), i, 1);
            products++;
        }
        assertThat(products).isEqualTo(2);
    }
}
