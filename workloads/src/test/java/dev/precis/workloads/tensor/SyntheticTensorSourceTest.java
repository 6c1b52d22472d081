package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class SyntheticTensorSourceTest {

    private static final Layer CONV = ConvLayer.square("c", new FeatureMap(16, 12, 12), 32, 3, 1, 1, 1,
            ActivationKind.POST_RELU);
    private static final Layer FC = new FcLayer("f", 256, 64, 32, ActivationKind.TRANSFORMER_HIDDEN);

    private static SyntheticTensorSource source(long seed) {
        return new SyntheticTensorSource(seed, SyntheticTensorConfig.defaults());
    }

    @Test
    void sameSeedGivesBitIdenticalTensors() {
        assertThat(source(42).input(CONV, 3, 2).contentEquals(source(42).input(CONV, 3, 2))).isTrue();
        assertThat(source(42).operandB(CONV, 3, 2).contentEquals(source(42).operandB(CONV, 3, 2))).isTrue();
        assertThat(source(42).input(FC, 0, 1).contentEquals(source(42).input(FC, 0, 1))).isTrue();
    }

    @Test
    void anActivationAtASmallerBatchIsTheStartOfTheSameActivationAtALargerBatch() {
        // what lets a search calibrated on the first images ask for a smaller batch instead of drawing the rest
        MatMulLayer scores = new MatMulLayer("scores", 8, 16, 12, 2, ActivationKind.TRANSFORMER_HIDDEN,
                ActivationKind.ATTENTION_PROBABILITIES);
        for (Layer layer : new Layer[] {CONV, FC, scores,
                new FcLayer("g", 64, 32, 4, ActivationKind.POST_GELU),
                ConvLayer.square("in", new FeatureMap(3, 8, 8), 4, 3, 1, 1, 1, ActivationKind.NETWORK_INPUT)}) {
            for (int images : new int[] {1, 2}) {
                float[] small = source(9).input(layer, 2, images).values();
                float[] large = source(9).input(layer, 2, 5).values();
                assertThat(Arrays.copyOf(large, small.length)).as(layer.name() + " input").isEqualTo(small);
                if (!layer.hasWeights()) {
                    float[] smallB = source(9).operandB(layer, 2, images).values();
                    float[] largeB = source(9).operandB(layer, 2, 5).values();
                    assertThat(Arrays.copyOf(largeB, smallB.length)).as(layer.name() + " second operand").isEqualTo(smallB);
                }
            }
        }
    }

    @Test
    void theSampleOfTheFirstImagesIsThatOfTheTensorsStart() {
        dev.precis.workloads.operand.OperandSource synthetic = dev.precis.workloads.operand.OperandSource.synthetic(source(9));
        FloatTensor full = source(9).input(CONV, 2, 4);
        TensorSample expected = TensorSample.ofFirstImages(full, dev.precis.workloads.zoo.TensorRole.INPUT, 100, 1);
        TensorSample got = synthetic.sampleOfFirstImages(CONV, 2, 4, dev.precis.workloads.zoo.TensorRole.INPUT, 100, 1);
        assertThat(got.contentEquals(expected)).isTrue();
        assertThat(got.perChannel()).isEqualTo(full.size() / 4);
        assertThat(TensorSample.ofFirstImages(full, dev.precis.workloads.zoo.TensorRole.INPUT, 100, 4)
                .contentEquals(TensorSample.of(full, dev.precis.workloads.zoo.TensorRole.INPUT, 100))).isTrue();
    }

    @Test
    void seedLayerIndexAndRoleEachChangeTheTensor() {
        FloatTensor base = source(42).input(CONV, 3, 1);
        assertThat(base.contentEquals(source(43).input(CONV, 3, 1))).isFalse();
        assertThat(base.contentEquals(source(42).input(CONV, 4, 1))).isFalse();
        float[] weights = source(42).operandB(FC, 3, 1).values();
        float[] inputs = source(42).input(FC, 3, 1).values();
        assertThat(Arrays.copyOf(weights, 16)).isNotEqualTo(Arrays.copyOf(inputs, 16));
    }

    /**
     * Pins the bits of one small tensor. A change here means traces written by earlier
     * builds can no longer be regenerated from their seed; change it only on purpose.
     */
    @Test
    void generationIsPinnedAcrossBuildsAndMachines() {
        CRC32 crc = new CRC32();
        for (float v : source(7).operandB(CONV, 1, 1).values()) {
            int bits = Float.floatToRawIntBits(v);
            crc.update(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
        }
        assertThat(crc.getValue()).isEqualTo(PINNED_WEIGHT_CRC);
    }

    static final long PINNED_WEIGHT_CRC = 2021211948L;

    @Test
    void reluActivationsAreRectifiedGaussian() {
        float[] v = source(1).input(CONV, 0, 4).values();
        long zeros = 0;
        for (float x : v) {
            assertThat(x).isGreaterThanOrEqualTo(0f);
            if (x == 0f) {
                zeros++;
            }
        }
        assertThat((double) zeros / v.length).isCloseTo(0.5, within(0.02));
    }

    @Test
    void weightsHaveHeScaleAndPerChannelSpread() {
        FloatTensor w = source(5).operandB(CONV, 0, 1);
        int channels = w.dimension(0);
        int perChannel = w.size() / channels;
        double[] std = new double[channels];
        for (int c = 0; c < channels; c++) {
            double[] x = new double[perChannel];
            for (int i = 0; i < perChannel; i++) {
                x[i] = w.values()[c * perChannel + i];
            }
            std[c] = new StandardDeviation().evaluate(x);
        }
        Arrays.sort(std);
        double heStd = Math.sqrt(2.0 / perChannel);
        assertThat(std[channels / 2] / heStd).isCloseTo(1.0, within(0.35));
        assertThat(std[channels - 1] / std[0]).isGreaterThan(2.0);

        SyntheticTensorConfig flat = new SyntheticTensorConfig(WeightDistribution.GAUSSIAN, 0, 0.01, 20, 5);
        FloatTensor uniform = new SyntheticTensorSource(5, flat).operandB(CONV, 0, 1);
        assertThat(new StandardDeviation().evaluate(toDouble(uniform.values()))).isCloseTo(heStd, within(heStd * 0.05));
    }

    @Test
    void laplaceWeightsHaveHeavierTailsThanGaussian() {
        Layer fc = new FcLayer("big", 512, 256, 1, ActivationKind.POST_RELU);
        SyntheticTensorConfig gaussian = new SyntheticTensorConfig(WeightDistribution.GAUSSIAN, 0, 0, 1, 5);
        SyntheticTensorConfig laplace = gaussian.withWeightDistribution(WeightDistribution.LAPLACE);
        double kGauss = new Kurtosis().evaluate(toDouble(new SyntheticTensorSource(9, gaussian).operandB(fc, 0, 1).values()));
        double kLaplace = new Kurtosis().evaluate(toDouble(new SyntheticTensorSource(9, laplace).operandB(fc, 0, 1).values()));
        // Excess kurtosis: 0 for a Gaussian, 3 for a Laplace.
        assertThat(kGauss).isCloseTo(0.0, within(0.1));
        assertThat(kLaplace).isCloseTo(3.0, within(0.3));
    }

    @Test
    void transformerActivationsHaveOutlierChannels() {
        FloatTensor x = source(11).input(FC, 0, 2);
        int features = 256;
        double[] channelMax = new double[features];
        float[] v = x.values();
        for (int i = 0; i < v.length; i++) {
            channelMax[i % features] = Math.max(channelMax[i % features], Math.abs(v[i]));
        }
        double[] sorted = channelMax.clone();
        Arrays.sort(sorted);
        double median = sorted[features / 2];
        long outliers = Arrays.stream(channelMax).filter(m -> m > 5 * median).count();
        assertThat(outliers).isBetween(1L, 5L); // round(1% of 256) = 3 outlier channels
    }

    @Test
    void attentionProbabilityRowsSumToOne() {
        MatMulLayer context = new MatMulLayer("ctx", 8, 16, 20, 2, ActivationKind.ATTENTION_PROBABILITIES,
                ActivationKind.LINEAR);
        float[] p = source(3).input(context, 0, 1).values();
        for (int row = 0; row < p.length / 20; row++) {
            double sum = 0;
            for (int j = 0; j < 20; j++) {
                assertThat(p[row * 20 + j]).isGreaterThan(0f);
                sum += p[row * 20 + j];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-5));
        }
        assertThat(source(3).operandB(context, 0, 1).shape()).containsExactly(1, 2, 20, 16);
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
