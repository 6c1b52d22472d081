package dev.precis.workloads.tensor;

import org.apache.commons.math3.util.FastMath;

/**
 * The {@link TensorSample} of a tensor of standard Gaussian draws (what {@link SyntheticTensorSource} makes of
 * them: {@code (float) g}, {@code (float) max(0, g)} after a ReLU, {@code (float) (std_c * g)} for weights)
 * without computing every value. Commons Math's {@code BitsStreamGenerator.nextGaussian} draws values in
 * Box-Muller pairs from two {@code nextDouble()} each: {@code r = sqrt(-2 log y)}, {@code r cos(2 pi x)} then
 * {@code r sin(2 pi x)}, in FastMath. The scan draws each pair's two doubles from the same generator (so the
 * stream stays in step), but computes the logarithm and the sine and cosine only for a value that is sampled,
 * or that may be a new largest |x| of its channel: a pair with {@code y >= exp(-m^2 / 2)} has
 * {@code |g| <= r <= m}, so it can raise no maximum {@code m} (checked with a margin far above the rounding).
 * The values it does compute are the generator's, bit for bit ({@code GaussianSampleScanTest} checks the
 * samples against the tensors drawn in full). The generator's one irregular case, a pair whose second value is
 * NaN (never drawn in practice, needing {@code y == 0}), is refused so that the caller draws in full.
 */
final class GaussianSampleScan {

    /** Relative margin on m^2: orders of magnitude above the rounding of exp, log, sqrt and the float cast. */
    private static final double MARGIN = 1e-5;

    /** How a Gaussian draw becomes the tensor's value. */
    enum Form { PLAIN, RELU, SCALED }

    private final Form form;
    private final double[] scale;
    private final int per;
    private final int stride;
    private final boolean trackNegative;
    private final double[] maxAbs;
    private final float[][] samples;
    private boolean negative;
    private int channel;
    private int offset;
    private int untilSample;
    private int slot;
    private double threshold = 1.0;

    private GaussianSampleScan(Form form, double[] scale, int channels, int per, int maxSamples,
                               boolean trackNegative) {
        this.form = form;
        this.scale = scale;
        this.per = per;
        this.stride = TensorSample.stride(per, maxSamples);
        this.trackNegative = trackNegative;
        this.maxAbs = new double[channels];
        this.samples = new float[channels][TensorSample.sampleCount(per, stride)];
    }

    /** Thrown when the generator would do what the scan does not follow (a NaN second value). */
    static final class Irregular extends Exception {
        Irregular() {
            super("a Box-Muller pair the scan does not follow", null, false, false);
        }
    }

    /**
     * The sample of the next {@code channels x per} Gaussian values of {@code rng} in {@code form}; {@code scale}
     * per channel for {@link Form#SCALED}, else null. {@code cachedFirst}: the generator holds the second value of
     * a pair already drawn (an odd number of values was taken before), which is the tensor's first value.
     */
    static TensorSample scan(BlockWell19937c rng, boolean cachedFirst, Form form, double[] scale, int channels, int per,
                             int maxSamples) throws Irregular {
        GaussianSampleScan s = new GaussianSampleScan(form, scale, channels, per, maxSamples, form != Form.RELU);
        long n = (long) channels * per;
        long k = 0;
        if (cachedFirst) {
            s.accept(rng.nextGaussian());
            k = 1;
        }
        // the uniforms of the next pairs, drawn a block at a time (drawing past the tensor's end does no harm: the
        // generator serves this tensor alone)
        double[] uniforms = new double[2 * GaussianStream.PAIRS_PER_BLOCK];
        int next = uniforms.length;
        while (k < n) {
            if (next == uniforms.length) {
                rng.nextDoubles(uniforms, uniforms.length);
                next = 0;
            }
            // the common case first: a run of pairs none of whose values needs computing, in one tight loop
            int quiet = s.quietRun(uniforms, next, n - k);
            if (quiet > 0) {
                s.skipPairs(quiet);
                next += 2 * quiet;
                k += 2L * quiet;
                continue;
            }
            double x = uniforms[next++];
            double y = uniforms[next++];
            if (y == 0) throw new Irregular();
            // each value computed only when needed (a value that is not would change nothing: accept = skip);
            // the first value's maximum may lower the threshold, so the second is asked again
            boolean second = k + 1 < n;
            double alpha = GaussianStream.angle(x);
            double r = Double.NaN;
            if (s.needs(y)) {
                r = GaussianStream.radius(y);
                s.accept(r * FastMath.cos(alpha));
            } else {
                s.skip();
            }
            if (second) {
                if (s.needs(y)) {
                    if (Double.isNaN(r)) r = GaussianStream.radius(y);
                    s.accept(r * FastMath.sin(alpha));
                } else {
                    s.skip();
                }
            }
            k += 2;
        }
        return new TensorSample(channels, per, s.stride, s.negative, s.maxAbs, s.samples);
    }

    /**
     * How many of the pairs at {@code uniforms[next]} (x, y, x, y, ...; as many as the block holds), from the
     * current position with {@code left} values of the tensor to go, are quiet: neither value needs computing
     * (its pair's y is at or above the threshold, so it can raise no maximum; it is not sampled) and both lie
     * inside the channel, with a value after them. A pair with {@code y == 0} is never quiet (the caller refuses
     * it): no uniform is below 2^-52 but zero.
     */
    private int quietRun(double[] uniforms, int next, long left) {
        if (trackNegative && !negative) return 0;
        // pair j (from 0) stays clear of the next sampled value (2j + 2 <= untilSample), leaves a value of its
        // channel after it (offset + 2j + 2 < per: the channel's last values take the per-value steps) and lies
        // inside the tensor (2j + 2 <= left)
        long limit = Math.min(Math.min(untilSample >> 1, (per - offset - 1) >> 1), left >> 1);
        limit = Math.min(limit, (uniforms.length - next) >> 1);
        double quietFrom = Math.max(threshold, 0x1.0p-52);
        int pairs = 0;
        for (int at = next + 1; pairs < limit && uniforms[at] >= quietFrom; at += 2) {
            pairs++;
        }
        return pairs;
    }

    /** Past {@code pairs} quiet pairs. */
    private void skipPairs(int pairs) {
        untilSample -= 2 * pairs;
        offset += 2 * pairs;
    }

    /** Whether the value at the current position must be computed, its pair having uniform {@code y}. */
    private boolean needs(double y) {
        return untilSample == 0 || y < threshold || (trackNegative && !negative);
    }

    /** The value at the current position, from its Gaussian draw {@code g} (NormalDistribution(0, 1).sample()). */
    private void accept(double g) {
        double sample = 1.0 * g + 0.0;
        float v = switch (form) {
            case PLAIN -> (float) sample;
            case RELU -> (float) Math.max(0.0, sample);
            case SCALED -> (float) (scale[channel] * sample);
        };
        double a = Math.abs(v);
        if (a > maxAbs[channel]) {
            maxAbs[channel] = a;
            threshold = threshold();
        }
        if (v < 0) negative = true;
        if (untilSample == 0) samples[channel][slot++] = v;
        advance();
    }

    private void skip() {
        advance();
    }

    private void advance() {
        untilSample = untilSample == 0 ? stride - 1 : untilSample - 1;
        if (++offset == per) {
            offset = 0;
            slot = 0;
            untilSample = 0;
            if (++channel < maxAbs.length) threshold = threshold();
        }
    }

    /** The uniform y below which a pair may hold a value above the channel's maximum so far. */
    private double threshold() {
        double m = maxAbs[channel];
        if (m == 0) return 1.0;
        double ratio = form == Form.SCALED ? m / scale[channel] : m;
        return Math.exp(-0.5 * ratio * ratio * (1 - MARGIN));
    }
}
