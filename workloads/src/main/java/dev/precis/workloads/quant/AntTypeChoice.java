package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.NumericType;
import java.util.List;
import java.util.Map;

/**
 * ANT's type search for one tensor ({@link AntQuantizer#choose}): what a trace's descriptor records, without the
 * codes of the values.
 *
 * @param books        the candidate grids searched, in tie-break order
 * @param choice       per channel, the index in {@code books} of its grid
 * @param type         the tensor's type (the most common channel type when per-channel)
 * @param channelTypes type of each channel (one entry for activations)
 * @param alphas       clipping value of each channel
 * @param scales       {@code alpha / max(grid)} of each channel
 * @param candidateMse the search's score of each candidate (summed best MSE on the samples); empty when only int
 *                     was allowed
 */
public record AntTypeChoice(List<Codebook> books, int[] choice, NumericType type, List<NumericType> channelTypes,
                            double[] alphas, double[] scales, Map<String, Double> candidateMse) {

    public AntTypeChoice {
        books = List.copyOf(books);
        channelTypes = List.copyOf(channelTypes);
        candidateMse = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(candidateMse));
    }

    /** The name of {@link #type}. */
    public String typeName() {
        for (Codebook b : books) {
            if (b.type() == type) return b.typeName();
        }
        return type.name();
    }

    /** Count of channels per type name (a summary for reports), counted by grid: channel c has books[choice[c]]'s type. */
    public Map<String, Integer> typeHistogram() {
        int[] counts = new int[books.size()];
        for (int c : choice) counts[c]++;
        Map<String, Integer> h = new java.util.HashMap<>();
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0) h.merge(books.get(t).typeName(), counts[t], Integer::sum);
        }
        return h;
    }
}
