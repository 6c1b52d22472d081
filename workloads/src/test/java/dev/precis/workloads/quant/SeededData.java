package dev.precis.workloads.quant;

import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;

/** Seeded test tensors drawn from Commons Math distributions. */
final class SeededData {
    private SeededData() {
    }

    static float[] sample(RealDistribution d, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) d.sample();
        }
        return out;
    }

    static float[] gaussian(long seed, int n, double sigma) {
        return sample(new NormalDistribution(new Well19937c(seed), 0, sigma), n);
    }

    static float[] laplace(long seed, int n, double b) {
        return sample(new LaplaceDistribution(new Well19937c(seed), 0, b), n);
    }

    static float[] studentT(long seed, int n, double dof) {
        return sample(new TDistribution(new Well19937c(seed), dof), n);
    }

    /** max(0, N(mean, sigma)): activations after a ReLU. */
    static float[] rectifiedGaussian(long seed, int n, double mean, double sigma) {
        float[] x = gaussian(seed, n, sigma);
        for (int i = 0; i < n; i++) {
            x[i] = Math.max(0f, (float) (x[i] + mean));
        }
        return x;
    }

    /** GELU of N(0, sigma): rectified with a small negative tail (Transformer activations). */
    static float[] gelu(long seed, int n, double sigma) {
        float[] x = gaussian(seed, n, sigma);
        NormalDistribution std = new NormalDistribution(null, 0, 1);
        for (int i = 0; i < n; i++) {
            x[i] = (float) (x[i] * std.cumulativeProbability(x[i]));
        }
        return x;
    }
}
