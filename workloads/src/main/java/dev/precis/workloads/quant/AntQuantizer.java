package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.IntType;
import dev.precis.workloads.numeric.NumericType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ANT's adaptive numeric type selection (Guo et al., MICRO 2022; artifact
 * ant_quantization/antquant/quant_modules.py, {@code search_mse} and
 * {@code search_adaptive_numeric_type}).
 *
 * <p>For each candidate type: the grid is scaled so that its maximum maps to a clipping value
 * {@code alpha = max|x| * i / 100}, i in {@code [75, 150)} ({@code [95, 150)} above 6 bits); each
 * weight channel (activation tensor) keeps the alpha of lowest MSE (the first on equal MSE). The
 * type whose summed best MSE is lowest wins; tensors of more than 6 bits use int. Weights are
 * signed; activations are unsigned unless they hold a negative value (artifact
 * {@code update_signed}). Rounding is to the nearest grid value, ties to the larger.
 */
public final class AntQuantizer {
    private final AntConfig config;

    public AntQuantizer(AntConfig config) {
        this.config = config;
    }

    /** A quantizer with the artifact's settings. */
    public static AntQuantizer withDefaults() {
        return new AntQuantizer(AntConfig.defaults());
    }

    /** The settings. */
    public AntConfig config() {
        return config;
    }

    /** Quantizes a layer's two operands at {@code bits}. */
    public AntLayerResult quantizeLayer(TensorData weights, TensorData activations, int bits) {
        return new AntLayerResult(bits, quantize(weights, TensorRole.WEIGHT, bits),
                quantize(activations, TensorRole.ACTIVATION, bits));
    }

    /** Quantizes one tensor: weights per output channel (first axis), activations per tensor. */
    public AntTensorResult quantize(TensorData tensor, TensorRole role, int bits) {
        if (bits < 2 || bits > 16) {
            throw new IllegalArgumentException("ANT: bits must be in 2..16, got " + bits);
        }
        float[] x = tensor.values();
        boolean signed = role == TensorRole.WEIGHT || hasNegative(x);
        int channels = role == TensorRole.WEIGHT ? tensor.rows() : 1;
        int per = x.length / channels;
        int lowPercent = bits > config.intOnlyAboveBits() ? config.highBitsLowPercent() : config.searchLowPercent();

        List<Codebook> books = new ArrayList<>();
        if (bits > config.intOnlyAboveBits()) {
            books.add(new IntType(bits, signed).codebook());
        } else {
            for (AntCandidate c : config.candidates()) {
                Optional<NumericType> t = c.type(bits, signed);
                t.ifPresent(type -> books.add(type.codebook()));
            }
        }
        if (books.isEmpty()) {
            throw new IllegalArgumentException("ANT: no candidate type exists at " + bits + " bits (signed=" + signed + ")");
        }

        double[] maxAbs = new double[channels];
        for (int c = 0; c < channels; c++) {
            double m = 0;
            for (int i = c * per, end = i + per; i < end; i++) {
                m = Math.max(m, Math.abs(x[i]));
            }
            maxAbs[c] = m;
        }
        // best alpha and MSE of every (candidate, channel) on the search samples
        double[][] bestAlpha = new double[books.size()][channels];
        double[][] bestMse = new double[books.size()][channels];
        Map<String, Double> candidateMse = new LinkedHashMap<>();
        for (int t = 0; t < books.size(); t++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                searchAlpha(x, c * per, per, maxAbs[c], books.get(t), lowPercent, bestAlpha[t], bestMse[t], c);
                sum += bestMse[t][c];
            }
            if (books.size() > 1) {
                candidateMse.put(books.get(t).type().name(), sum);
            }
        }

        int[] choice = new int[channels];
        if (config.perChannelTypes() && role == TensorRole.WEIGHT) {
            for (int c = 0; c < channels; c++) {
                int best = 0;
                for (int t = 1; t < books.size(); t++) {
                    if (bestMse[t][c] < bestMse[best][c]) {
                        best = t;
                    }
                }
                choice[c] = best;
            }
        } else {
            int best = 0;
            double bestSum = Double.POSITIVE_INFINITY;
            for (int t = 0; t < books.size(); t++) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += bestMse[t][c];
                }
                if (sum < bestSum) {
                    bestSum = sum;
                    best = t;
                }
            }
            java.util.Arrays.fill(choice, best);
        }

        short[] codes = new short[x.length];
        double[] alphas = new double[channels];
        double[] scales = new double[channels];
        List<NumericType> channelTypes = new ArrayList<>(channels);
        double squaredError = 0;
        int[] votes = new int[books.size()];
        for (int c = 0; c < channels; c++) {
            Codebook book = books.get(choice[c]);
            votes[choice[c]]++;
            alphas[c] = bestAlpha[choice[c]][c];
            scales[c] = alphas[c] > 0 ? alphas[c] / book.max() : 1.0;
            channelTypes.add(book.type());
            double inv = 1.0 / scales[c];
            for (int i = c * per, end = i + per; i < end; i++) {
                int idx = book.nearestIndex(x[i] * inv);
                codes[i] = (short) book.code(idx);
                double d = book.value(idx) * scales[c] - x[i];
                squaredError += d * d;
            }
        }
        int majority = 0;
        for (int t = 1; t < votes.length; t++) {
            if (votes[t] > votes[majority]) {
                majority = t;
            }
        }
        return new AntTensorResult(role, bits, books.get(majority).type(), channelTypes, alphas, scales,
                squaredError / x.length, candidateMse, codes);
    }

    /** The clipping search of one block for one grid; writes alpha and MSE at index {@code slot}. */
    private void searchAlpha(float[] x, int from, int length, double maxAbs, Codebook book, int lowPercent,
                             double[] alphaOut, double[] mseOut, int slot) {
        if (maxAbs == 0) {
            alphaOut[slot] = 0;
            mseOut[slot] = 0;
            return;
        }
        int stride = Math.max(1, (length + config.maxSearchSamples() - 1) / config.maxSearchSamples());
        int samples = (length + stride - 1) / stride;
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = maxAbs;
        double gridMax = book.max();
        for (int i = lowPercent; i < config.searchHighPercent(); i++) {
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / gridMax;
            double inv = 1.0 / scale;
            double sum = 0;
            for (int j = from, end = from + length; j < end; j += stride) {
                double d = book.quantize(x[j] * inv) * scale - x[j];
                sum += d * d;
            }
            double mse = sum / samples;
            if (mse < best) {
                best = mse;
                bestAlpha = alpha;
            }
        }
        alphaOut[slot] = bestAlpha;
        mseOut[slot] = best;
    }

    private static boolean hasNegative(float[] x) {
        for (float v : x) {
            if (v < 0) {
                return true;
            }
        }
        return false;
    }

    /** Count of channels per chosen type name (a summary for reports). */
    public static Map<String, Integer> typeHistogram(AntTensorResult result) {
        Map<String, Integer> h = new HashMap<>();
        for (NumericType t : result.channelTypes()) {
            h.merge(t.name(), 1, Integer::sum);
        }
        return h;
    }
}
