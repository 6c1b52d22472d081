package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.NumericType;
import dev.precis.workloads.zoo.TensorRole;
import java.util.List;
import java.util.Map;

/**
 * One tensor quantized by ANT.
 *
 * <p>What a trace needs: the chosen {@link #type()} (name, bits, signedness) per tensor, and for
 * weights the per-channel {@link #channelTypes()} (all equal unless per-channel types were asked
 * for), {@link #alphas()} (clipping values) and {@link #scales()} ({@code alpha / max(grid)}); the
 * MSE figures document the choice. {@link #codes()} are codewords of the channel's type, one per
 * value in the input's order ({@code x ~ decode(code) * scale}).
 *
 * @param role weight (per-channel alphas) or activation (one alpha)
 * @param bits the precision the plan asked for
 * @param type the type chosen for the tensor (the most common channel type when per-channel)
 * @param channelTypes type of each channel (one entry for activations)
 * @param alphas clipping value of each channel
 * @param scales {@code alpha / type.maxValue()} of each channel
 * @param mse mean squared error over every value with the chosen types and alphas
 * @param candidateMse the search's score of each candidate tried (sum of the channels' best MSE
 *     on the search samples, the artifact's criterion); empty when only int was allowed
 * @param codes codeword per value (input order)
 */
public record AntTensorResult(TensorRole role, int bits, NumericType type, List<NumericType> channelTypes,
                              double[] alphas, double[] scales, double mse, Map<String, Double> candidateMse,
                              short[] codes) {

    public AntTensorResult {
        channelTypes = List.copyOf(channelTypes);
        candidateMse = Map.copyOf(candidateMse);
    }

    /** Number of channels with their own alpha (1 for activations). */
    public int channels() {
        return alphas.length;
    }

    /** The dequantized tensor ({@code decode(code) * scale}). */
    public float[] dequantize() {
        float[] out = new float[codes.length];
        int per = codes.length / alphas.length;
        for (int c = 0; c < alphas.length; c++) {
            NumericType t = channelTypes.get(c);
            double[] lut = new double[t.codeCount()];
            for (int code = 0; code < lut.length; code++) {
                lut[code] = t.decode(code) * scales[c];
            }
            for (int i = c * per, end = i + per; i < end; i++) {
                out[i] = (float) lut[codes[i] & 0xffff];
            }
        }
        return out;
    }
}
