package dev.precis.workloads.tensor;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import dev.precis.workloads.zoo.TensorRole;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;

/**
 * Seeded synthetic operands for every layer of a model, drawn from Commons Math
 * distributions on a {@link Well19937c} generator seeded per tensor by
 * {@link SeedDerivation} (model seed, layer index, role). Same seed, same bits, on every
 * machine: the generator and FastMath are pure Java.
 *
 * <p>Distributions:
 * <ul>
 *   <li>weights: Gaussian or Laplace, zero mean, standard deviation sqrt(2 / fan-in) (He et
 *       al., 2015 initialisation scale) times a log-normal per-output-channel factor;</li>
 *   <li>network input and linear activations: standard Gaussian;</li>
 *   <li>after ReLU: max(0, x) of a standard Gaussian (rectified Gaussian, half zeros);</li>
 *   <li>after GELU: x * Phi(x) of a standard Gaussian (tanh approximation);</li>
 *   <li>Transformer hidden states: Student-t (a Gaussian over the root of a scaled
 *       chi-squared drawn from a Gamma, Marsaglia-Tsang) with a few outlier channels
 *       scaled up, along the feature axis;</li>
 *   <li>attention probabilities: row-wise softmax of Gaussian logits with standard deviation 2.</li>
 * </ul>
 */
public final class SyntheticTensorSource {

    /** Logit spread of synthetic attention rows: makes rows peaked rather than uniform (our choice). */
    private static final double ATTENTION_LOGIT_STD = 2.0;

    private final long modelSeed;
    private final SyntheticTensorConfig config;

    public SyntheticTensorSource(long modelSeed, SyntheticTensorConfig config) {
        this.modelSeed = modelSeed;
        this.config = config;
    }

    public long modelSeed() {
        return modelSeed;
    }

    /** Operand A of layer {@code layerIndex}: its input activations. */
    public FloatTensor input(Layer layer, int layerIndex, int batch) {
        int[] shape = TensorShapes.input(layer, batch);
        return activation(shape, TensorShapes.inputChannelAxis(layer), layer.inputKind(),
                blockRng(layerIndex, TensorRole.INPUT));
    }

    /** Operand B: the weights, or the second activation of an attention product. */
    public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
        int[] shape = TensorShapes.operandB(layer, batch);
        if (layer.hasWeights()) {
            return weights(shape, blockRng(layerIndex, TensorRole.WEIGHT));
        }
        ActivationKind kind = ((MatMulLayer) layer).secondOperandKind();
        return activation(shape, shape.length - 1, kind, blockRng(layerIndex, TensorRole.SECOND_INPUT));
    }

    /**
     * The {@link TensorSample} of operand {@code role} of layer {@code layerIndex} ({@code INPUT}: operand A, else
     * operand B), the same as {@link TensorSample#of} of the tensor {@link #input} or {@link #operandB} draws, bit
     * for bit. Gaussian tensors (network input, linear and post-ReLU activations, Gaussian weights) are scanned
     * without computing the values nothing reads ({@link GaussianSampleScan}); the rest are drawn in full.
     */
    public TensorSample sample(Layer layer, int layerIndex, int batch, TensorRole role, int maxSamples) {
        try {
            if (role == TensorRole.INPUT) {
                GaussianSampleScan.Form form = activationForm(layer.inputKind());
                if (form != null) {
                    int size = sizeOf(TensorShapes.input(layer, batch));
                    return GaussianSampleScan.scan(blockRng(layerIndex, TensorRole.INPUT), false, form, null, 1, size, maxSamples);
                }
            } else if (layer.hasWeights() && config.weightDistribution() == WeightDistribution.GAUSSIAN) {
                return weightSample(TensorShapes.operandB(layer, batch), blockRng(layerIndex, TensorRole.WEIGHT), maxSamples);
            } else if (!layer.hasWeights()) {
                GaussianSampleScan.Form form = activationForm(((MatMulLayer) layer).secondOperandKind());
                if (form != null) {
                    int size = sizeOf(TensorShapes.operandB(layer, batch));
                    return GaussianSampleScan.scan(blockRng(layerIndex, TensorRole.SECOND_INPUT), false, form, null, 1, size,
                            maxSamples);
                }
            }
        } catch (GaussianSampleScan.Irregular e) {
            // drawn in full below, from a fresh generator
        }
        FloatTensor t = role == TensorRole.INPUT ? input(layer, layerIndex, batch) : operandB(layer, layerIndex, batch);
        return TensorSample.of(t, role, maxSamples);
    }

    private static GaussianSampleScan.Form activationForm(ActivationKind kind) {
        return switch (kind) {
            case NETWORK_INPUT, LINEAR -> GaussianSampleScan.Form.PLAIN;
            case POST_RELU -> GaussianSampleScan.Form.RELU;
            default -> null;
        };
    }

    /** {@link #weights}' channel scales drawn as it draws them, then the values scanned. */
    private TensorSample weightSample(int[] shape, BlockWell19937c rng, int maxSamples) throws GaussianSampleScan.Irregular {
        int channels = shape[0];
        int perChannel = sizeOf(shape) / channels;
        NormalDistribution spread = new NormalDistribution(rng, 0, 1);
        double[] channelStd = channelScales(channels, perChannel, spread::sample);
        // an odd number of scale draws leaves the second value of a pair in the generator: the first weight
        return GaussianSampleScan.scan(rng, channels % 2 == 1, GaussianSampleScan.Form.SCALED, channelStd, channels,
                perChannel, maxSamples);
    }

    private static int sizeOf(int[] shape) {
        int size = 1;
        for (int d : shape) {
            size = Math.multiplyExact(size, d);
        }
        return size;
    }

    /** The Well19937c generator of one tensor, able to hand out blocks of uniforms. */
    private BlockWell19937c blockRng(int layerIndex, TensorRole role) {
        return new BlockWell19937c(SeedDerivation.tensorSeed(modelSeed, layerIndex, role));
    }

    /**
     * The weights: per-channel scales, then the values, from one generator. Gaussian weights take both from a
     * {@link GaussianStream} (the same draws as NormalDistribution's on the generator); Laplace weights the library's
     * distributions.
     */
    private FloatTensor weights(int[] shape, BlockWell19937c rng) {
        int channels = shape[0];
        int perChannel = 1;
        for (int i = 1; i < shape.length; i++) {
            perChannel *= shape[i];
        }
        float[] values = new float[channels * perChannel];
        if (config.weightDistribution() == WeightDistribution.GAUSSIAN) {
            GaussianStream unit = new GaussianStream(rng);
            double[] channelStd = channelScales(channels, perChannel, unit::sample);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < perChannel; i++) {
                    values[c * perChannel + i] = (float) (channelStd[c] * unit.sample());
                }
            }
        } else {
            NormalDistribution spread = new NormalDistribution(rng, 0, 1);
            double[] channelStd = channelScales(channels, perChannel, spread::sample);
            // Laplace(0, b) has standard deviation b * sqrt(2).
            LaplaceDistribution unit = new LaplaceDistribution(rng, 0, 1 / FastMath.sqrt(2));
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < perChannel; i++) {
                    values[c * perChannel + i] = (float) (channelStd[c] * unit.sample());
                }
            }
        }
        return new FloatTensor(values, shape);
    }

    /**
     * Each output channel's standard deviation: the He scale sqrt(2 / fan-in) times a log-normal factor, its
     * exponent drawn from {@code standardNormal} (one draw per channel, before the values).
     */
    private double[] channelScales(int channels, int perChannel, DoubleSupplier standardNormal) {
        double baseStd = FastMath.sqrt(2.0 / perChannel);
        double[] channelStd = new double[channels];
        for (int c = 0; c < channels; c++) {
            channelStd[c] = baseStd * FastMath.exp(config.channelScaleSpread() * standardNormal.getAsDouble());
        }
        return channelStd;
    }

    /**
     * An activation tensor of {@code kind}. The Gaussian kinds draw from a {@link GaussianStream} (the same draws as
     * NormalDistribution's on the generator, a block of uniforms at a time); Transformer hidden states and attention
     * rows mix other distributions into the generator's stream and use the library's.
     */
    private FloatTensor activation(int[] shape, int channelAxis, ActivationKind kind, BlockWell19937c rng) {
        int size = 1;
        for (int d : shape) {
            size = Math.multiplyExact(size, d);
        }
        float[] values = new float[size];
        switch (kind) {
            case NETWORK_INPUT, LINEAR -> {
                GaussianStream normal = new GaussianStream(rng);
                for (int i = 0; i < size; i++) {
                    values[i] = (float) normal.sample();
                }
            }
            case POST_RELU -> {
                GaussianStream normal = new GaussianStream(rng);
                for (int i = 0; i < size; i++) {
                    values[i] = (float) Math.max(0.0, normal.sample());
                }
            }
            case POST_GELU -> {
                GaussianStream normal = new GaussianStream(rng);
                for (int i = 0; i < size; i++) {
                    double x = normal.sample();
                    double phi = 0.5 * (1 + FastMath.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
                    values[i] = (float) (x * phi);
                }
            }
            case TRANSFORMER_HIDDEN -> transformerHidden(values, shape, channelAxis, new NormalDistribution(rng, 0, 1), rng);
            case ATTENTION_PROBABILITIES -> attentionRows(values, shape[shape.length - 1], new NormalDistribution(rng, 0, 1));
            default -> throw new IllegalStateException("unhandled activation kind " + kind);
        }
        return new FloatTensor(values, shape);
    }

    private void transformerHidden(float[] values, int[] shape, int channelAxis, NormalDistribution normal,
                                   RandomGenerator rng) {
        double nu = config.studentDegreesOfFreedom();
        // Chi-squared(nu) = Gamma(shape nu/2, scale 2); t = Z / sqrt(chi2 / nu).
        GammaDistribution chiSquared = new GammaDistribution(rng, nu / 2, 2);
        // Unit variance: Var(t) = nu / (nu - 2).
        double unit = FastMath.sqrt((nu - 2) / nu);
        int channels = shape[channelAxis];
        int inner = 1;
        for (int i = channelAxis + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        double[] channelScale = outlierChannelScales(channels, rng);
        for (int i = 0; i < values.length; i++) {
            double t = normal.sample() / FastMath.sqrt(chiSquared.sample() / nu) * unit;
            values[i] = (float) (t * channelScale[(i / inner) % channels]);
        }
    }

    /** Picks round(fraction x channels) outlier channels (at least one when the fraction is positive). */
    private double[] outlierChannelScales(int channels, RandomGenerator rng) {
        double[] scale = new double[channels];
        java.util.Arrays.fill(scale, 1.0);
        if (config.outlierChannelFraction() == 0) {
            return scale;
        }
        int count = (int) Math.max(1, Math.round(config.outlierChannelFraction() * channels));
        int[] order = new int[channels];
        for (int i = 0; i < channels; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count; i++) { // partial Fisher-Yates shuffle
            int j = i + rng.nextInt(channels - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
            scale[order[i]] = config.outlierChannelScale();
        }
        return scale;
    }

    private static void attentionRows(float[] values, int rowLength, NormalDistribution normal) {
        double[] logits = new double[rowLength];
        for (int start = 0; start < values.length; start += rowLength) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < rowLength; j++) {
                logits[j] = ATTENTION_LOGIT_STD * normal.sample();
                max = Math.max(max, logits[j]);
            }
            double sum = 0;
            for (int j = 0; j < rowLength; j++) {
                logits[j] = FastMath.exp(logits[j] - max);
                sum += logits[j];
            }
            for (int j = 0; j < rowLength; j++) {
                values[start + j] = (float) (logits[j] / sum);
            }
        }
    }
}
