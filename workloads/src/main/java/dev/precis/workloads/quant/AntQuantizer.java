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
    /**
     * The candidate grids by bits and sign, built once: a codebook decodes every codeword of its type, and the
     * search asks for the same few at every tensor. Codebooks are immutable, so the threads share them.
     */
    private final Map<Integer, List<Codebook>> books = new java.util.concurrent.ConcurrentHashMap<>();

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
        return quantize(tensor, TensorSample.of(tensor, role, config.maxSearchSamples()), role, bits);
    }

    /**
     * Quantizes one tensor with the types and scales searched on {@code searched}, a sample of it (of its first
     * images, for activations calibrated on them); values beyond a clipping value saturate.
     */
    public AntTensorResult quantize(FloatTensor tensor, TensorSample searched, TensorRole role, int bits) {
        float[] x = tensor.values();
        AntTypeChoice choice = choose(searched, role, bits, AntSearchMemo.NONE);
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
     * The type {@link #choose} gives a tensor at {@code bits} when the candidates leave it only one (int above
     * {@link AntConfig#intOnlyAboveBits}, or a single candidate type): known without a search, which would then
     * set only the clipping values (the scales). Empty when several types compete. {@code signed}: weights, or
     * activations holding a negative value.
     */
    public Optional<NumericType> onlyType(int bits, boolean signed) {
        List<Codebook> books = candidateBooks(bits, signed);
        return books.size() == 1 ? Optional.of(books.get(0).type()) : Optional.empty();
    }

    /** The grids the search tries at {@code bits}, in tie-break order. */
    private List<Codebook> candidateBooks(int bits, boolean signed) {
        if (bits < 2 || bits > 16) {
            throw new IllegalArgumentException("ANT: bits must be in 2..16, got " + bits);
        }
        return this.books.computeIfAbsent(2 * bits + (signed ? 1 : 0), k -> List.copyOf(buildBooks(bits, signed)));
    }

    private List<Codebook> buildBooks(int bits, boolean signed) {
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
        return books;
    }

    /**
     * The type search alone, on a tensor's {@link TensorSample} (what {@link #quantize} does before it encodes
     * the values, so the same types, alphas and scales): each candidate grid's clipping search per channel, the
     * type of lowest summed MSE. A grid's search already in {@code memo} (the same sample searched by another
     * quantizer with the same bounds) is taken from there; new ones are kept in it.
     */
    public AntTypeChoice choose(TensorSample sample, TensorRole role, int bits, AntSearchMemo memo) {
        boolean signed = role == TensorRole.WEIGHT || sample.hasNegative();
        int channels = sample.channels();
        int lowPercent = bits > config.intOnlyAboveBits() ? config.highBitsLowPercent() : config.searchLowPercent();
        int highPercent = config.searchHighPercent();
        List<Codebook> books = candidateBooks(bits, signed);

        // best alpha and MSE of every (candidate, channel) on the search samples: {alphas, mses} per candidate
        double[][][] searched = new double[books.size()][][];
        List<Integer> missing = new ArrayList<>();
        for (int t = 0; t < books.size(); t++) {
            searched[t] = (double[][]) memo.find(new SearchKey(sample, books.get(t).typeName(), lowPercent, highPercent));
            if (searched[t] == null) {
                searched[t] = new double[][] {new double[channels], new double[channels]};
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            searchChannels(sample, books, missing, lowPercent, highPercent, searched, memo);
            for (int t : missing) {
                memo.keep(new SearchKey(sample, books.get(t).typeName(), lowPercent, highPercent), searched[t]);
            }
        }
        double[] summed = new double[books.size()];
        Map<String, Double> candidateMse = new LinkedHashMap<>();
        for (int t = 0; t < books.size(); t++) {
            summed[t] = sum(searched[t][1]);
            if (books.size() > 1) candidateMse.put(books.get(t).typeName(), summed[t]);
        }
        int[] choice = config.perChannelTypes() && role == TensorRole.WEIGHT ? lowestPerChannel(searched, channels)
                : sameForAll(channels, firstLowest(summed));
        return chosen(books, choice, searched, candidateMse);
    }

    /*
     * The loops over channels live in the small methods below, not in choose: a layer's 2 048 channels would make
     * choose itself hot, and the compiler would compile it whole, with all it inlines, once per loop it entered
     * running and again whenever a branch never taken before was (a type winning the majority for the first time).
     * Apart, each loop is compiled once, and choose, called a few hundred times a run, never needs compiling.
     */

    /**
     * The clipping searches of the grids {@code missing} on every channel of {@code sample}, into {@code searched};
     * the channels sorted once for every grid (taken from {@code memo} when another quantizer sorted them).
     */
    private static void searchChannels(TensorSample sample, List<Codebook> books, List<Integer> missing, int lowPercent,
                                       int highPercent, double[][][] searched, AntSearchMemo memo) {
        int channels = sample.channels();
        SortedKey sortedKey = new SortedKey(sample);
        float[][] sortedChannels = (float[][]) memo.find(sortedKey);
        boolean sortNow = sortedChannels == null;
        if (sortNow) sortedChannels = new float[channels][];
        ClippingSearch.Grid[] grids = new ClippingSearch.Grid[books.size()];
        int largest = 0;
        for (int t : missing) {
            grids[t] = new ClippingSearch.Grid(books.get(t));
            largest = Math.max(largest, grids[t].size());
        }
        ClippingSearch search = new ClippingSearch(sample.samples()[0].length, largest);
        FloatRadixSort sorter = new FloatRadixSort();
        for (int c = 0; c < channels; c++) {
            if (sortNow) {
                sortedChannels[c] = sample.samples()[c].clone();
                sorter.sort(sortedChannels[c]);
            }
            search.load(sortedChannels[c]);
            for (int t : missing) {
                search.search(grids[t], sample.maxAbs()[c], lowPercent, highPercent, searched[t][0], searched[t][1], c);
            }
        }
        if (sortNow) memo.keep(sortedKey, sortedChannels);
    }

    /** The values summed in order. */
    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum;
    }

    /** The first index of the lowest value. */
    private static int firstLowest(double[] values) {
        int best = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int t = 0; t < values.length; t++) {
            if (values[t] < lowest) {
                lowest = values[t];
                best = t;
            }
        }
        return best;
    }

    /** Per channel, the first candidate of lowest MSE. */
    private static int[] lowestPerChannel(double[][][] searched, int channels) {
        int[] choice = new int[channels];
        for (int c = 0; c < channels; c++) {
            int best = 0;
            for (int t = 1; t < searched.length; t++) {
                if (searched[t][1][c] < searched[best][1][c]) best = t;
            }
            choice[c] = best;
        }
        return choice;
    }

    private static int[] sameForAll(int channels, int candidate) {
        int[] choice = new int[channels];
        java.util.Arrays.fill(choice, candidate);
        return choice;
    }

    /** The choice's alphas and scales per channel, and its type: the most common channel type (the first of equals). */
    private static AntTypeChoice chosen(List<Codebook> books, int[] choice, double[][][] searched,
                                        Map<String, Double> candidateMse) {
        int channels = choice.length;
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
            if (votes[t] > votes[majority]) majority = t;
        }
        return new AntTypeChoice(books, choice, books.get(majority).type(), channelTypes, alphas, scales, candidateMse);
    }

    /** A grid's clipping search of one sample: the sample (by identity), the grid's type and the search bounds. */
    private record SearchKey(TensorSample sample, String type, int lowPercent, int highPercent) {
    }

    /** A sample's channels, each sorted (by identity of the sample). */
    private record SortedKey(TensorSample sample) {
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
