package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.IntType;
import dev.precis.workloads.numeric.NumericType;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.TensorSample;
import dev.precis.workloads.zoo.TensorRole;
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
    public AntLayerResult quantizeLayer(FloatTensor weights, FloatTensor activations, int bits) {
        return new AntLayerResult(bits, quantize(weights, TensorRole.WEIGHT, bits),
                quantize(activations, TensorRole.INPUT, bits));
    }

    /** Quantizes one tensor: weights per output channel (first axis), activations per tensor. */
    public AntTensorResult quantize(FloatTensor tensor, TensorRole role, int bits) {
        float[] x = tensor.values();
        AntTypeChoice choice = choose(TensorSample.of(tensor, role, config.maxSearchSamples()), role, bits, AntSearchMemo.NONE);
        int channels = choice.alphas().length;
        int per = x.length / channels;
        short[] codes = new short[x.length];
        double squaredError = 0;
        for (int c = 0; c < channels; c++) {
            Codebook book = choice.books().get(choice.choice()[c]);
            double scale = choice.scales()[c];
            double inv = 1.0 / scale;
            for (int i = c * per, end = i + per; i < end; i++) {
                int idx = book.nearestIndex(x[i] * inv);
                codes[i] = (short) book.code(idx);
                double d = book.value(idx) * scale - x[i];
                squaredError += d * d;
            }
        }
        return new AntTensorResult(role, bits, choice.type(), choice.channelTypes(), choice.alphas(), choice.scales(),
                squaredError / x.length, choice.candidateMse(), codes);
    }

    /**
     * The type search alone, on a tensor's {@link TensorSample} (what {@link #quantize} does before it encodes
     * the values, so the same types, alphas and scales): each candidate grid's clipping search per channel, the
     * type of lowest summed MSE. A grid's search already in {@code memo} (the same sample searched by another
     * quantizer with the same bounds) is taken from there; new ones are kept in it.
     */
    public AntTypeChoice choose(TensorSample sample, TensorRole role, int bits, AntSearchMemo memo) {
        if (bits < 2 || bits > 16) {
            throw new IllegalArgumentException("ANT: bits must be in 2..16, got " + bits);
        }
        boolean signed = role == TensorRole.WEIGHT || sample.hasNegative();
        int channels = sample.channels();
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

        // best alpha and MSE of every (candidate, channel) on the search samples: {alphas, mses} per candidate
        double[][][] searched = new double[books.size()][][];
        List<Integer> missing = new ArrayList<>();
        for (int t = 0; t < books.size(); t++) {
            searched[t] = (double[][]) memo.find(new SearchKey(sample, books.get(t).type().name(), lowPercent, config.searchHighPercent()));
            if (searched[t] == null) {
                searched[t] = new double[][] {new double[channels], new double[channels]};
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            int samples = sample.samples()[0].length;
            SortedKey sortedKey = new SortedKey(sample);
            float[][] sortedChannels = (float[][]) memo.find(sortedKey);
            boolean sortNow = sortedChannels == null;
            if (sortNow) sortedChannels = new float[channels][];
            double[] sum1 = new double[samples + 1];
            double[] sum2 = new double[samples + 1];
            Grid[] grids = new Grid[books.size()];
            int largest = 0;
            for (int t : missing) {
                grids[t] = new Grid(books.get(t));
                largest = Math.max(largest, grids[t].values.length);
            }
            int[] ends = new int[largest];
            double[] padded = new double[samples + 2 * PAD];
            java.util.Arrays.fill(padded, 0, PAD, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(padded, PAD + samples, padded.length, Double.POSITIVE_INFINITY);
            for (int c = 0; c < channels; c++) {
                if (sortNow) {
                    sortedChannels[c] = sample.samples()[c].clone();
                    java.util.Arrays.sort(sortedChannels[c]);
                }
                float[] sorted = sortedChannels[c];
                for (int j = 0; j < samples; j++) {
                    sum1[j + 1] = sum1[j] + sorted[j];
                    sum2[j + 1] = sum2[j] + (double) sorted[j] * sorted[j];
                    padded[PAD + j] = sorted[j];
                }
                for (int t : missing) {
                    searchAlpha(sorted, padded, sum1, sum2, sample.maxAbs()[c], grids[t], lowPercent, ends, searched[t][0], searched[t][1], c);
                }
            }
            if (sortNow) memo.keep(sortedKey, sortedChannels);
            for (int t : missing) {
                memo.keep(new SearchKey(sample, books.get(t).type().name(), lowPercent, config.searchHighPercent()), searched[t]);
            }
        }
        Map<String, Double> candidateMse = new LinkedHashMap<>();
        if (books.size() > 1) {
            for (int t = 0; t < books.size(); t++) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += searched[t][1][c];
                }
                candidateMse.put(books.get(t).type().name(), sum);
            }
        }

        int[] choice = new int[channels];
        if (config.perChannelTypes() && role == TensorRole.WEIGHT) {
            for (int c = 0; c < channels; c++) {
                int best = 0;
                for (int t = 1; t < books.size(); t++) {
                    if (searched[t][1][c] < searched[best][1][c]) {
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
                    sum += searched[t][1][c];
                }
                if (sum < bestSum) {
                    bestSum = sum;
                    best = t;
                }
            }
            java.util.Arrays.fill(choice, best);
        }

        double[] alphas = new double[channels];
        double[] scales = new double[channels];
        List<NumericType> channelTypes = new ArrayList<>(channels);
        int[] votes = new int[books.size()];
        for (int c = 0; c < channels; c++) {
            Codebook book = books.get(choice[c]);
            votes[choice[c]]++;
            alphas[c] = searched[choice[c]][0][c];
            scales[c] = alphas[c] > 0 ? alphas[c] / book.max() : 1.0;
            channelTypes.add(book.type());
        }
        int majority = 0;
        for (int t = 1; t < votes.length; t++) {
            if (votes[t] > votes[majority]) {
                majority = t;
            }
        }
        return new AntTypeChoice(books, choice, books.get(majority).type(), channelTypes, alphas, scales, candidateMse);
    }

    /** A grid's clipping search of one sample: the sample (by identity), the grid's type and the search bounds. */
    private record SearchKey(TensorSample sample, String type, int lowPercent, int highPercent) {
    }

    /** A sample's channels, each sorted (by identity of the sample). */
    private record SortedKey(TensorSample sample) {
    }

    /**
     * The clipping search of one block for one grid; writes alpha and MSE at index {@code slot}.
     * The block's values are sorted with prefix sums of x and x^2, so the squared error of a grid
     * bin {@code [b_j, b_j+1)} holding n values of sum S and square sum Q around grid value v is
     * {@code Q - 2 v S + n v^2}: each alpha costs one bin end per grid value instead of one rounding
     * per value. A value on a bin boundary belongs to the upper bin (the tie rule). A bin end moves
     * little from one alpha to the next (the boundaries scale by 1% of max |x|), so each is found by
     * stepping from where it was at the previous alpha: the same index a bisection finds.
     */
    private void searchAlpha(float[] sorted, double[] padded, double[] sum1, double[] sum2, double maxAbs, Grid grid,
                             int lowPercent, int[] ends, double[] alphaOut, double[] mseOut, int slot) {
        int count = sorted.length;
        if (maxAbs == 0) {
            alphaOut[slot] = 0;
            mseOut[slot] = 0;
            return;
        }
        final double[] values = grid.values;
        final double[] mids = grid.mids;
        final int size = values.length;
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = maxAbs;
        boolean first = true;
        for (int i = lowPercent; i < config.searchHighPercent(); i++) {
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / grid.max;
            double sq = 0;
            int start = 0;
            for (int j = 0; j < size; j++) {
                int end;
                if (j == size - 1) {
                    end = count;
                } else {
                    // the first index whose value is >= the bin's upper boundary, then at least the bin's start
                    double key = mids[j] * scale;
                    int at = first ? lowerBound(sorted, count, key)
                            : mids[j] > 0 ? stepUp(padded, ends[j], key) : stepDown(padded, ends[j], key);
                    if (at < 0) {
                        // moved PAD values or more (a dense sample, 65 536 values of an activation): bisect
                        at = lowerBound(sorted, count, key);
                    }
                    ends[j] = at;
                    end = Math.max(start, at);
                }
                // an empty bin adds exactly +0.0 (x - x, 2v * 0 and 0 * v * v), so it is added rather than branched on
                int n = end - start;
                double v = values[j] * scale;
                sq += (sum2[end] - sum2[start]) - 2 * v * (sum1[end] - sum1[start]) + n * v * v;
                start = end;
            }
            first = false;
            double mse = Math.max(0, sq) / count;
            if (mse < best) {
                best = mse;
                bestAlpha = alpha;
            }
        }
        alphaOut[slot] = bestAlpha;
        mseOut[slot] = best;
    }

    /** Infinite sentinels each side of a channel's sorted values in the search's padded copy. */
    private static final int PAD = 4;

    /**
     * The first index whose value is >= key, from {@code at}, the answer for a smaller key: how many of the next
     * PAD values are below the key (a prefix, the values being sorted), counted without branching (a bin end
     * moves by 0-3 values from one alpha to the next, a coin toss for a branch predictor). The alphas rise, so a
     * boundary above zero only moves up and one below zero only down. {@code -1} when it moved PAD values or
     * more (it may be further).
     */
    private static int stepUp(double[] padded, int at, double key) {
        int p = at + PAD;
        int forward = (padded[p] < key ? 1 : 0) + (padded[p + 1] < key ? 1 : 0)
                + (padded[p + 2] < key ? 1 : 0) + (padded[p + 3] < key ? 1 : 0);
        return forward == PAD ? -1 : at + forward;
    }

    /** {@link #stepUp} for a larger key: how many of the PAD values before {@code at} are at or above it. */
    private static int stepDown(double[] padded, int at, double key) {
        int p = at + PAD;
        int back = (padded[p - 1] >= key ? 1 : 0) + (padded[p - 2] >= key ? 1 : 0)
                + (padded[p - 3] >= key ? 1 : 0) + (padded[p - 4] >= key ? 1 : 0);
        return back == PAD ? -1 : at - back;
    }

    /** A codebook's values, bin boundaries (midpoints of neighbours) and largest value, as the search reads them. */
    private static final class Grid {
        final double[] values;
        final double[] mids;
        final double max;

        Grid(Codebook book) {
            int size = book.size();
            values = new double[size];
            mids = new double[Math.max(0, size - 1)];
            for (int j = 0; j < size; j++) values[j] = book.value(j);
            for (int j = 0; j + 1 < size; j++) mids[j] = 0.5 * (book.value(j) + book.value(j + 1));
            max = book.max();
        }
    }

    /**
     * First index in {@code [0, count)} of sorted {@code a} whose value is >= key ({@code count} if none), by a
     * bisection whose steps select rather than branch (so they do not hang on the branch predictor).
     */
    static int lowerBound(float[] a, int count, double key) {
        if (count == 0) return 0;
        int base = 0;
        int n = count;
        while (n > 1) {
            int half = n >>> 1;
            base = a[base + half] < key ? base + half : base;
            n -= half;
        }
        return a[base] < key ? base + 1 : base;
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
