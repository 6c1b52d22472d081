package dev.precis.workloads.tensor;

/**
 * Parameters of the synthetic tensors. These are modelling choices of Precis, not
 * measurements: they reproduce the shapes of distributions the quantization papers
 * describe, so that quantizers can be compared on seeded data.
 *
 * @param weightDistribution     family of every weight channel's distribution
 * @param channelScaleSpread     sigma of the log-normal factor that scales each output
 *                               channel's standard deviation (0 = all channels alike);
 *                               per-channel ranges differing by several times motivate
 *                               per-channel weight quantization (ANT, section 4)
 * @param outlierChannelFraction share of feature channels of Transformer activations that
 *                               are outliers (LLM.int8(), Dettmers et al. 2022, reports a few
 *                               outlier feature dimensions per layer)
 * @param outlierChannelScale    how many times larger the outlier channels are
 * @param studentDegreesOfFreedom degrees of freedom of the Student-t of Transformer
 *                               activations (smaller = heavier tails)
 */
public record SyntheticTensorConfig(WeightDistribution weightDistribution, double channelScaleSpread,
                                    double outlierChannelFraction, double outlierChannelScale,
                                    double studentDegreesOfFreedom) {

    public SyntheticTensorConfig {
        if (weightDistribution == null) {
            throw new IllegalArgumentException("weightDistribution is required");
        }
        if (!(channelScaleSpread >= 0)) {
            throw new IllegalArgumentException("channelScaleSpread must be >= 0, got " + channelScaleSpread);
        }
        if (!(outlierChannelFraction >= 0 && outlierChannelFraction <= 1)) {
            throw new IllegalArgumentException("outlierChannelFraction must be in [0, 1], got " + outlierChannelFraction);
        }
        if (!(outlierChannelScale >= 1)) {
            throw new IllegalArgumentException("outlierChannelScale must be >= 1, got " + outlierChannelScale);
        }
        if (!(studentDegreesOfFreedom > 2)) {
            throw new IllegalArgumentException("studentDegreesOfFreedom must be > 2 (finite variance), got "
                    + studentDegreesOfFreedom);
        }
    }

    /** Gaussian weights, spread 0.5, 1% outlier channels 20x larger, Student-t with 5 degrees of freedom. */
    public static SyntheticTensorConfig defaults() {
        return new SyntheticTensorConfig(WeightDistribution.GAUSSIAN, 0.5, 0.01, 20.0, 5.0);
    }

    public SyntheticTensorConfig withWeightDistribution(WeightDistribution distribution) {
        return new SyntheticTensorConfig(distribution, channelScaleSpread, outlierChannelFraction,
                outlierChannelScale, studentDegreesOfFreedom);
    }
}
