package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;
import org.junit.jupiter.api.Test;

/** The stream's draws, and the Gaussian tensors drawn through it, are the library's draws bit for bit. */
class GaussianStreamTest {

    @Test
    void samplesAreNormalDistributionSamplesOnTheLibrarysGenerator() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            NormalDistribution library = new NormalDistribution(new Well19937c(seed), 0, 1);
            GaussianStream stream = new GaussianStream(new BlockWell19937c(seed));
            // past several blocks of 1024 pairs, and an odd count so that a kept second value is handed out
            for (int i = 0; i < 5_001; i++) {
                assertThat(Double.doubleToRawLongBits(stream.sample())).as("seed %d value %d", seed, i)
                        .isEqualTo(Double.doubleToRawLongBits(library.sample()));
            }
        }
    }

    @Test
    void gaussiansAreTheGeneratorsNextGaussian() {
        Well19937c library = new Well19937c(20261204L);
        GaussianStream stream = new GaussianStream(new BlockWell19937c(20261204L));
        for (int i = 0; i < 3_000; i++) {
            assertThat(Double.doubleToRawLongBits(stream.nextGaussian())).as("value %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(library.nextGaussian()));
        }
    }

    @Test
    void gaussianTensorsAreThoseOfTheLibrarysDistributions() {
        long modelSeed = 3;
        SyntheticTensorSource source = new SyntheticTensorSource(modelSeed, SyntheticTensorConfig.defaults());
        for (ActivationKind kind : new ActivationKind[] {ActivationKind.NETWORK_INPUT, ActivationKind.POST_RELU,
                ActivationKind.POST_GELU}) {
            // 3 output channels: an odd number of scale draws hands a kept Gaussian to the first weight
            for (int out : new int[] {3, 8}) {
                Layer layer = ConvLayer.square("c", new FeatureMap(5, 9, 9), out, 3, 1, 1, 1, kind);
                int index = out + kind.ordinal();
                assertThat(source.input(layer, index, 2).values())
                        .as("%s input, %d channels", kind, out)
                        .containsExactly(libraryActivation(kind, 2 * 5 * 9 * 9, seed(modelSeed, index, TensorRole.INPUT)));
                assertThat(source.operandB(layer, index, 2).values())
                        .as("%s weights, %d channels", kind, out)
                        .containsExactly(libraryWeights(out, 5 * 3 * 3, seed(modelSeed, index, TensorRole.WEIGHT)));
            }
        }
    }

    private static long seed(long modelSeed, int index, TensorRole role) {
        return SeedDerivation.tensorSeed(modelSeed, index, role);
    }

    /** The activations as NormalDistribution draws them (the source's definition before GaussianStream). */
    private static float[] libraryActivation(ActivationKind kind, int size, long seed) {
        NormalDistribution normal = new NormalDistribution(new Well19937c(seed), 0, 1);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            double x = normal.sample();
            values[i] = switch (kind) {
                case POST_RELU -> (float) Math.max(0.0, x);
                case POST_GELU -> (float) (x * (0.5 * (1 + FastMath.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))));
                default -> (float) x;
            };
        }
        return values;
    }

    /** Gaussian weights as the library's distributions draw them: channel scales, then the values. */
    private static float[] libraryWeights(int channels, int perChannel, long seed) {
        Well19937c rng = new Well19937c(seed);
        NormalDistribution spread = new NormalDistribution(rng, 0, 1);
        double baseStd = FastMath.sqrt(2.0 / perChannel);
        double[] channelStd = new double[channels];
        for (int c = 0; c < channels; c++) {
            channelStd[c] = baseStd * FastMath.exp(SyntheticTensorConfig.defaults().channelScaleSpread() * spread.sample());
        }
        NormalDistribution unit = new NormalDistribution(rng, 0, 1);
        float[] values = new float[channels * perChannel];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < perChannel; i++) {
                values[c * perChannel + i] = (float) (channelStd[c] * unit.sample());
            }
        }
        return values;
    }
}
