package dev.precis.workloads.tensor;

import dev.precis.workloads.zoo.TensorRole;

/**
 * What a per-channel clipping search reads of a tensor (ANT's type search, {@code quant.AntQuantizer}): per
 * channel the largest |x| and the values at an even stride, and whether any value is negative. Weights are
 * searched per output channel (the first axis), activations as one channel. A sample's size does not grow with
 * the tensor beyond {@code maxSamples} per channel, so a source can give it without handing over every value
 * ({@link SyntheticTensorSource#sample}).
 *
 * @param channels    channels (rows of a weight tensor; 1 for an activation)
 * @param perChannel  values per channel
 * @param stride      distance between two sampled values of a channel ({@link #stride(int, int)})
 * @param hasNegative whether any value of the tensor is below zero
 * @param maxAbs      per channel, the largest |x| (as a double of the float |x|)
 * @param samples     per channel, the values at offsets 0, stride, 2 stride, ... (not copied: do not modify)
 */
public record TensorSample(int channels, int perChannel, int stride, boolean hasNegative, double[] maxAbs,
                           float[][] samples) {

    public TensorSample {
        if (channels < 1 || perChannel < 1 || stride < 1 || maxAbs.length != channels || samples.length != channels) {
            throw new IllegalArgumentException("tensor sample: " + channels + " channels of " + perChannel
                    + " values at stride " + stride + ", " + maxAbs.length + " maxima, " + samples.length + " sample rows");
        }
    }

    /** The stride that takes at most {@code maxSamples} values of {@code perChannel} evenly: ceil(per / max). */
    public static int stride(int perChannel, int maxSamples) {
        if (maxSamples < 1) throw new IllegalArgumentException("maxSamples must be >= 1, got " + maxSamples);
        return Math.max(1, (int) ((perChannel + (long) maxSamples - 1) / maxSamples));
    }

    /** Values a channel of {@code perChannel} keeps at {@code stride}. */
    public static int sampleCount(int perChannel, int stride) {
        return (perChannel + stride - 1) / stride;
    }

    /** The channels a search treats {@code role} in: weights per output channel, activations whole. */
    public static int channelsOf(int[] shape, TensorRole role) {
        return role == TensorRole.WEIGHT ? shape[0] : 1;
    }

    /** The sample of a tensor held in memory. */
    public static TensorSample of(FloatTensor tensor, TensorRole role, int maxSamples) {
        float[] x = tensor.values();
        int channels = channelsOf(tensor.shape(), role);
        int per = x.length / channels;
        int stride = stride(per, maxSamples);
        int count = sampleCount(per, stride);
        double[] maxAbs = new double[channels];
        float[][] samples = new float[channels][count];
        boolean negative = false;
        for (int c = 0; c < channels; c++) {
            double m = 0;
            for (int i = c * per, end = i + per; i < end; i++) {
                m = Math.max(m, Math.abs(x[i]));
                if (x[i] < 0) negative = true;
            }
            maxAbs[c] = m;
            for (int j = 0, i = c * per; j < count; j++, i += stride) samples[c][j] = x[i];
        }
        return new TensorSample(channels, per, stride, negative, maxAbs, samples);
    }

    /**
     * The sample of the first {@code images} images of an activation tensor (its first axis is the batch): what a
     * search calibrated on those images reads. All of them when {@code images} is the batch or more.
     */
    public static TensorSample ofFirstImages(FloatTensor tensor, TensorRole role, int maxSamples, int images) {
        if (role == TensorRole.WEIGHT) {
            throw new IllegalArgumentException("tensor sample: weights have no images");
        }
        if (images < 1) throw new IllegalArgumentException("tensor sample: images must be >= 1, got " + images);
        int[] shape = tensor.shape();
        if (images >= shape[0]) return of(tensor, role, maxSamples);
        int perImage = tensor.size() / shape[0];
        int[] first = shape.clone();
        first[0] = images;
        return of(new FloatTensor(java.util.Arrays.copyOf(tensor.values(), images * perImage), first), role, maxSamples);
    }

    /** True when both samples hold the same figures bit for bit. */
    public boolean contentEquals(TensorSample o) {
        if (channels != o.channels || perChannel != o.perChannel || stride != o.stride || hasNegative != o.hasNegative) {
            return false;
        }
        for (int c = 0; c < channels; c++) {
            if (Double.doubleToRawLongBits(maxAbs[c]) != Double.doubleToRawLongBits(o.maxAbs[c])) return false;
            if (samples[c].length != o.samples[c].length) return false;
            for (int j = 0; j < samples[c].length; j++) {
                if (Float.floatToRawIntBits(samples[c][j]) != Float.floatToRawIntBits(o.samples[c][j])) return false;
            }
        }
        return true;
    }
}
