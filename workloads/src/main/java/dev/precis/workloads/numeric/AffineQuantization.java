package dev.precis.workloads.numeric;

/**
 * Int-k affine quantization: {@code q = clamp(floor(x / scale + 0.5) + zeroPoint, qMin, qMax)},
 * {@code x' = (q - zeroPoint) * scale}, with one scale and zero point per tensor or per output
 * channel. Channel {@code c} owns the contiguous block {@code [c * L / C, (c+1) * L / C)} of a
 * tensor of length L (the output channel is the leading axis, as in PyTorch's weight layout).
 *
 * <p>Symmetric: signed restricted range {@code [-(2^(k-1)-1), 2^(k-1)-1]}, zero point 0, scale =
 * max|x| / qMax. Asymmetric: unsigned {@code [0, 2^k-1]}, the range [min, max] widened to include 0
 * so that 0 is exact, scale = (max - min) / qMax, zero point = round(-min / scale).
 * The arrays are owned by this record; do not modify them.
 *
 * @param bits k
 * @param symmetric symmetric (signed) or asymmetric (unsigned with zero point)
 * @param scales one per channel (length 1 for per-tensor)
 * @param zeroPoints one per channel (all 0 when symmetric)
 * @param qMin smallest code value
 * @param qMax largest code value
 */
public record AffineQuantization(int bits, boolean symmetric, double[] scales, int[] zeroPoints, int qMin, int qMax) {

    public AffineQuantization {
        if (bits < 2 || bits > 16) {
            throw new IllegalArgumentException("affine quantization: bits must be in 2..16, got " + bits);
        }
        if (scales.length == 0 || scales.length != zeroPoints.length) {
            throw new IllegalArgumentException("affine quantization: need one scale and one zero point per channel, got "
                    + scales.length + " scales and " + zeroPoints.length + " zero points");
        }
        for (int c = 0; c < scales.length; c++) {
            if (!(scales[c] > 0) || !Double.isFinite(scales[c])) {
                throw new IllegalArgumentException("affine quantization: scale of channel " + c + " must be positive, got " + scales[c]);
            }
        }
    }

    /** Symmetric int-k calibrated on max|x| of each of {@code channels} channels (1 = per tensor). */
    public static AffineQuantization symmetric(int bits, float[] values, int channels) {
        checkChannels(values.length, channels);
        int qMax = (1 << (bits - 1)) - 1;
        double[] scales = new double[channels];
        int per = values.length / channels;
        for (int c = 0; c < channels; c++) {
            double maxAbs = 0;
            for (int i = c * per, end = i + per; i < end; i++) {
                maxAbs = Math.max(maxAbs, Math.abs(values[i]));
            }
            scales[c] = maxAbs > 0 ? maxAbs / qMax : 1.0;
        }
        return new AffineQuantization(bits, true, scales, new int[channels], -qMax, qMax);
    }

    /** Asymmetric uint-k calibrated on [min, max] of each of {@code channels} channels (1 = per tensor). */
    public static AffineQuantization asymmetric(int bits, float[] values, int channels) {
        checkChannels(values.length, channels);
        int qMax = (1 << bits) - 1;
        double[] scales = new double[channels];
        int[] zeroPoints = new int[channels];
        int per = values.length / channels;
        for (int c = 0; c < channels; c++) {
            double min = 0;
            double max = 0;
            for (int i = c * per, end = i + per; i < end; i++) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
            double range = max - min;
            scales[c] = range > 0 ? range / qMax : 1.0;
            zeroPoints[c] = (int) Math.max(0, Math.min(qMax, Math.floor(-min / scales[c] + 0.5)));
        }
        return new AffineQuantization(bits, false, scales, zeroPoints, 0, qMax);
    }

    /** Asymmetric uint-k with a given scale and zero point (one channel). */
    public static AffineQuantization asymmetric(int bits, double scale, int zeroPoint) {
        int qMax = (1 << bits) - 1;
        if (zeroPoint < 0 || zeroPoint > qMax) {
            throw new IllegalArgumentException("affine quantization: zero point " + zeroPoint + " outside [0, " + qMax + "]");
        }
        return new AffineQuantization(bits, false, new double[] {scale}, new int[] {zeroPoint}, 0, qMax);
    }

    private static void checkChannels(int length, int channels) {
        if (channels < 1 || length == 0 || length % channels != 0) {
            throw new IllegalArgumentException("affine quantization: " + length
                    + " values cannot be split into " + channels + " equal channels");
        }
    }

    /** Number of channels (1 for per-tensor). */
    public int channels() {
        return scales.length;
    }

    /** The code of {@code x} in channel {@code channel}. */
    public int quantize(int channel, double x) {
        double q = Math.floor(x / scales[channel] + 0.5) + zeroPoints[channel];
        return (int) Math.max(qMin, Math.min(qMax, q));
    }

    /** The real value of code {@code q} in channel {@code channel}. */
    public double dequantize(int channel, int q) {
        return (q - zeroPoints[channel]) * scales[channel];
    }

    /** The channel that owns element {@code index} of a tensor of {@code length} values. */
    public int channelOf(int index, int length) {
        return index / (length / scales.length);
    }

    /** The integer type the codes live in. */
    public IntType codeType() {
        return new IntType(bits, symmetric);
    }

    /** Codes of a whole tensor (channel blocks as in {@link #channelOf}). */
    public int[] quantizeAll(float[] values) {
        int[] out = new int[values.length];
        int per = values.length / scales.length;
        for (int i = 0; i < values.length; i++) {
            out[i] = quantize(i / per, values[i]);
        }
        return out;
    }

    /** Mean squared error of quantize-then-dequantize over a whole tensor. */
    public double mse(float[] values) {
        int per = values.length / scales.length;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            int c = i / per;
            double d = dequantize(c, quantize(c, values[i])) - values[i];
            sum += d * d;
        }
        return sum / values.length;
    }
}
