package dev.precis.workloads.tensor;

import org.apache.commons.math3.util.FastMath;

/**
 * The draws of {@code new NormalDistribution(rng, 0, 1).sample()} on a fresh {@link BlockWell19937c}, bit for bit,
 * with the generator's uniforms taken a block at a time: what a synthetic tensor drawn in full costs is then one
 * Box-Muller pair per two values rather than four virtual calls into the generator per pair. The pair is
 * {@code BitsStreamGenerator.nextGaussian}'s, in the same operations: {@code r = sqrt(-2 log y)}, then
 * {@code r cos(2 pi x)} and {@code r sin(2 pi x)} in FastMath, the second value kept for the next call unless it is
 * NaN (as the library keeps it). {@code GaussianStreamTest} checks the draws against the library's.
 *
 * <p>The stream must be its generator's only user from its first draw on (the block draws ahead).
 */
final class GaussianStream {

    /** Box-Muller pairs whose uniforms are drawn in one block (here and in {@link GaussianSampleScan}). */
    static final int PAIRS_PER_BLOCK = 1024;

    private final BlockWell19937c rng;
    private final double[] uniforms = new double[2 * PAIRS_PER_BLOCK];
    private int next = uniforms.length;
    private double second = Double.NaN;

    GaussianStream(BlockWell19937c rng) {
        this.rng = rng;
    }

    /** NormalDistribution(0, 1).sample(): {@code 1.0 * g + 0.0} of the next Gaussian (the sum turns -0.0 into 0.0). */
    double sample() {
        return 1.0 * nextGaussian() + 0.0;
    }

    /** BitsStreamGenerator.nextGaussian(). */
    double nextGaussian() {
        double g = second;
        if (!Double.isNaN(g)) {
            second = Double.NaN;
            return g;
        }
        if (next == uniforms.length) {
            rng.nextDoubles(uniforms, uniforms.length);
            next = 0;
        }
        double x = uniforms[next++];
        double y = uniforms[next++];
        double alpha = angle(x);
        double r = radius(y);
        second = r * FastMath.sin(alpha);
        return r * FastMath.cos(alpha);
    }

    /** The pair's angle {@code 2 pi x}, as the library computes it (its {@code 2 * FastMath.PI} folded). */
    static double angle(double x) {
        return 6.283185307179586 * x;
    }

    /** The pair's radius {@code sqrt(-2 log y)}, in the library's operations; infinite for {@code y == 0}. */
    static double radius(double y) {
        return FastMath.sqrt(-2.0 * FastMath.log(y));
    }
}
