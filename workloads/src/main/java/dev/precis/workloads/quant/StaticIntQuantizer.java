package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.AffineQuantization;
import dev.precis.workloads.tensor.FloatTensor;

/**
 * Static int-k quantization of a layer: symmetric weights per output channel, activations per
 * tensor (asymmetric with a zero point, or symmetric). Rounding half up; codes saturate.
 */
public final class StaticIntQuantizer {
    private final int bits;
    private final boolean asymmetricActivations;

    /**
     * @param bits k, 2..16
     * @param asymmetricActivations asymmetric (uint-k with zero point) or symmetric activations
     */
    public StaticIntQuantizer(int bits, boolean asymmetricActivations) {
        if (bits < 2 || bits > 16) {
            throw new IllegalArgumentException("int quantizer: bits must be in 2..16, got " + bits);
        }
        this.bits = bits;
        this.asymmetricActivations = asymmetricActivations;
    }

    /** The int8 baseline: symmetric weights and activations. */
    public static StaticIntQuantizer int8() {
        return new StaticIntQuantizer(8, false);
    }

    /** Quantizes weights {@code [N, K]} and activations {@code [M, K]}. */
    public IntLayerResult quantizeLayer(FloatTensor weights, FloatTensor activations) {
        AffineQuantization wq = AffineQuantization.symmetric(bits, weights.values(), weights.rows());
        AffineQuantization aq = asymmetricActivations
                ? AffineQuantization.asymmetric(bits, activations.values(), 1)
                : AffineQuantization.symmetric(bits, activations.values(), 1);
        short[] wc = new short[weights.size()];
        double wErr = encode(wq, weights.values(), wc);
        short[] ac = new short[activations.size()];
        double aErr = encode(aq, activations.values(), ac);
        long wNz = 0;
        for (short c : wc) {
            wNz += c != 0 ? 1 : 0;
        }
        long aNz = 0;
        int zp = aq.zeroPoints()[0];
        for (short c : ac) {
            aNz += c != zp ? 1 : 0;
        }
        return new IntLayerResult(wq, wc, aq, ac, wErr, aErr, wNz, aNz);
    }

    private static double encode(AffineQuantization q, float[] x, short[] out) {
        int per = x.length / q.channels();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int c = i / per;
            int code = q.quantize(c, x[i]);
            out[i] = (short) code;
            double d = q.dequantize(c, code) - x[i];
            sum += d * d;
        }
        return sum / x.length;
    }
}
