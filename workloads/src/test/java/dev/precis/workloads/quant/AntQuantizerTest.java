package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.TensorRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntQuantizerTest {
    private static final int CHANNELS = 16;
    private static final int PER_CHANNEL = 512;

    private static FloatTensor weights(float[] v) {
        return new FloatTensor(v, new int[] {CHANNELS, PER_CHANNEL});
    }

    private static double mseWith(AntCandidate only, float[] w) {
        return mseWith(only, weights(w));
    }

    private static double mseWith(AntCandidate only, FloatTensor w) {
        AntQuantizer q = new AntQuantizer(AntConfig.defaults().withCandidates(List.of(only)));
        return q.quantize(w, TensorRole.WEIGHT, 4).mse();
    }

    @Test
    void fourBitFlintBeatsInt4OnGaussianWeightsOfLargeChannels() {
        // 32768 values per channel: max|x| is about 4.2 sigma
        float[] w = SeededData.gaussian(11, 4 * 32768, 0.05);
        FloatTensor t = new FloatTensor(w, new int[] {4, 32768});
        assertThat(mseWith(AntCandidate.FLINT, t)).isLessThan(mseWith(AntCandidate.INT, t));
    }

    /**
     * A limit of the artifact's criterion, kept visible: the clipping search never goes below
     * 0.75 max|x|, and a channel of a few hundred Gaussian values has max|x| near 3 sigma, where a
     * uniform grid fits better than flint's wide range.
     */
    @Test
    void int4BeatsFlintOnSmallGaussianChannelsBecauseClippingStartsAtThreeQuartersOfMax() {
        float[] w = SeededData.gaussian(11, CHANNELS * PER_CHANNEL, 0.05);
        assertThat(mseWith(AntCandidate.INT, w)).isLessThan(mseWith(AntCandidate.FLINT, w));
    }

    @Test
    void fourBitFlintBeatsInt4OnLaplaceWeights() {
        float[] w = SeededData.laplace(12, CHANNELS * PER_CHANNEL, 0.03);
        assertThat(mseWith(AntCandidate.FLINT, w)).isLessThan(mseWith(AntCandidate.INT, w));
    }

    @Test
    void powerOfTwoWinsOnVeryHeavyTailedData() {
        float[] w = SeededData.studentT(13, CHANNELS * PER_CHANNEL, 0.7);
        AntTensorResult r = AntQuantizer.withDefaults().quantize(weights(w), TensorRole.WEIGHT, 4);
        assertThat(r.type().name()).isEqualTo("pot4s");
        assertThat(r.candidateMse().get("pot4s")).isLessThan(r.candidateMse().get("flint4s"))
                .isLessThan(r.candidateMse().get("int4s"));
    }

    @Test
    void intWinsOnUniformData() {
        float[] w = SeededData.sample(new org.apache.commons.math3.distribution.UniformRealDistribution(
                new org.apache.commons.math3.random.Well19937c(14), -1, 1), CHANNELS * PER_CHANNEL);
        assertThat(AntQuantizer.withDefaults().quantize(weights(w), TensorRole.WEIGHT, 4).type().name()).isEqualTo("int4s");
    }

    @Test
    void moreThanSixBitsUsesIntWithAlphaSearchedFromNinetyFivePercent() {
        float[] w = SeededData.laplace(15, CHANNELS * PER_CHANNEL, 0.03);
        AntTensorResult r = AntQuantizer.withDefaults().quantize(weights(w), TensorRole.WEIGHT, 8);
        assertThat(r.type().name()).isEqualTo("int8s");
        assertThat(r.candidateMse()).isEmpty();
        for (int c = 0; c < CHANNELS; c++) {
            double max = 0;
            for (int i = c * PER_CHANNEL; i < (c + 1) * PER_CHANNEL; i++) {
                max = Math.max(max, Math.abs(w[i]));
            }
            assertThat(r.alphas()[c] / max).isBetween(0.95 - 1e-9, 1.5);
        }
    }

    @Test
    void weightsGetOneAlphaPerOutputChannelAndActivationsOne() {
        float[] w = SeededData.gaussian(16, CHANNELS * PER_CHANNEL, 1.0);
        for (int c = 0; c < CHANNELS; c++) {
            for (int i = 0; i < PER_CHANNEL; i++) {
                w[c * PER_CHANNEL + i] *= (c + 1); // channel scale spread
            }
        }
        float[] a = SeededData.rectifiedGaussian(17, 64 * 128, 0, 1.0);
        AntLayerResult r = AntQuantizer.withDefaults().quantizeLayer(weights(w), FloatTensor.matrix(a, 64, 128), 4);
        assertThat(r.weights().alphas()).hasSize(CHANNELS);
        assertThat(r.weights().alphas()[CHANNELS - 1]).isGreaterThan(8 * r.weights().alphas()[0]);
        assertThat(r.activations().alphas()).hasSize(1);
        assertThat(r.activations().type().signed()).isFalse();
        assertThat(r.weights().type().signed()).isTrue();
    }

    @Test
    void codesDecodeToTheQuantizedValuesWhoseErrorIsTheReportedMse() {
        float[] a = SeededData.gelu(18, 4096, 1.0);
        AntTensorResult r = AntQuantizer.withDefaults().quantize(FloatTensor.matrix(a, 32, 128), TensorRole.INPUT, 4);
        assertThat(r.type().signed()).isTrue(); // GELU has negative values
        float[] back = r.dequantize();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (back[i] - a[i]) * (double) (back[i] - a[i]);
            assertThat(Math.abs(back[i])).isLessThanOrEqualTo((float) (r.alphas()[0] * (1 + 1e-6)));
        }
        assertThat(r.mse()).isCloseTo(sum / a.length, within(1e-9));
    }

    @Test
    void perChannelTypesLetEachChannelPickItsBestGrid() {
        float[] gauss = SeededData.gaussian(19, 8 * PER_CHANNEL, 1.0);
        float[] heavy = SeededData.studentT(20, 8 * PER_CHANNEL, 0.7);
        float[] w = new float[CHANNELS * PER_CHANNEL];
        System.arraycopy(gauss, 0, w, 0, gauss.length);
        System.arraycopy(heavy, 0, w, gauss.length, heavy.length);
        AntQuantizer perChannel = new AntQuantizer(AntConfig.defaults().withPerChannelTypes(true));
        AntTensorResult r = perChannel.quantize(weights(w), TensorRole.WEIGHT, 4);
        assertThat(r.channelTypes().get(CHANNELS - 1).name()).isEqualTo("pot4s");
        assertThat(r.channelTypes().get(0).name()).isNotEqualTo("pot4s");
        AntTensorResult perTensor = AntQuantizer.withDefaults().quantize(weights(w), TensorRole.WEIGHT, 4);
        assertThat(r.mse()).isLessThanOrEqualTo(perTensor.mse());
    }

    @Test
    void sameInputGivesBitIdenticalCodes() {
        float[] w = SeededData.laplace(21, CHANNELS * PER_CHANNEL, 0.03);
        AntTensorResult a = AntQuantizer.withDefaults().quantize(weights(w), TensorRole.WEIGHT, 4);
        AntTensorResult b = AntQuantizer.withDefaults().quantize(weights(w.clone()), TensorRole.WEIGHT, 4);
        assertThat(a.codes()).isEqualTo(b.codes());
        assertThat(a.alphas()).isEqualTo(b.alphas());
    }

    @Test
    void clippingSearchFindsTheAlphaOfLowestErrorAmongTheArtifactsCandidates() {
        float[] a = SeededData.laplace(22, 8192, 1.0);
        FloatTensor t = FloatTensor.matrix(a, 64, 128);
        AntTensorResult r = new AntQuantizer(AntConfig.defaults().withCandidates(List.of(AntCandidate.FLINT)))
                .quantize(t, TensorRole.INPUT, 4);
        dev.precis.workloads.numeric.Codebook book = r.type().codebook();
        double maxAbs = 0;
        for (float v : a) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        double bestBrute = Double.POSITIVE_INFINITY;
        for (int i = 75; i < 150; i++) {
            double scale = maxAbs * i * 0.01 / book.max();
            double sq = 0;
            for (float v : a) {
                double d = book.quantize(v / scale) * scale - v;
                sq += d * d;
            }
            bestBrute = Math.min(bestBrute, sq / a.length);
        }
        assertThat(r.mse()).isCloseTo(bestBrute, within(bestBrute * 1e-9));
        assertThat(r.alphas()[0] / maxAbs).isBetween(0.75 - 1e-12, 1.49 + 1e-12);
    }

    @Test
    void searchScoreOfTheChosenTypeIsTheErrorOfTheFinalCodes() {
        float[] a = SeededData.rectifiedGaussian(23, 16384, 0, 1.0);
        AntTensorResult r = AntQuantizer.withDefaults().quantize(FloatTensor.matrix(a, 128, 128), TensorRole.INPUT, 4);
        assertThat(r.candidateMse()).containsKeys("int4u", "flint4u", "pot4u");
        assertThat(r.candidateMse().get(r.type().name())).isCloseTo(r.mse(), within(r.mse() * 1e-9));
        assertThat(r.candidateMse().values()).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(r.mse() * (1 - 1e-9)));
    }
}
