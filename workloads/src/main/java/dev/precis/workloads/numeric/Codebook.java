package dev.precis.workloads.numeric;

import java.util.Arrays;

/**
 * The sorted value grid of a {@link NumericType} with the canonical codeword of each value, and
 * nearest-value rounding by binary search over the midpoints between neighbours.
 *
 * <p>When several codewords decode to the same value (the second zero of sign-magnitude types),
 * the canonical one is the smallest codeword. Rounding: values beyond either end saturate to the
 * end; a value exactly on a midpoint goes to the larger neighbour (see the package tie rule).
 * Immutable; safe to share.
 */
public final class Codebook {
    private final NumericType type;
    private final String typeName;
    private final double[] values;
    private final int[] codes;
    private final double[] midpoints;

    private Codebook(NumericType type, double[] values, int[] codes) {
        this.type = type;
        this.typeName = type.name();
        this.values = values;
        this.codes = codes;
        this.midpoints = new double[values.length - 1];
        for (int i = 0; i < midpoints.length; i++) {
            midpoints[i] = 0.5 * (values[i] + values[i + 1]);
        }
    }

    /** Builds the codebook of a type by decoding every codeword. */
    public static Codebook of(NumericType type) {
        int n = type.codeCount();
        long[] packed = new long[n];
        double[] decoded = new double[n];
        int count = 0;
        for (int code = 0; code < n; code++) {
            double v = type.decode(code);
            if (Double.isNaN(v)) {
                continue;
            }
            decoded[code] = v == 0.0 ? 0.0 : v; // folds -0.0 into 0.0
            packed[count++] = code;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) packed[i];
        }
        // sort by value, then by code so that the smallest code of equal values comes first
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(decoded[a], decoded[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double[] vals = new double[count];
        int[] cds = new int[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            double v = decoded[order[i]];
            if (distinct > 0 && vals[distinct - 1] == v) {
                continue;
            }
            vals[distinct] = v;
            cds[distinct] = order[i];
            distinct++;
        }
        return new Codebook(type, Arrays.copyOf(vals, distinct), Arrays.copyOf(cds, distinct));
    }

    /** The type this codebook describes. */
    public NumericType type() {
        return type;
    }

    /**
     * The type's name, read once: asked of the type in a search's loops it is a call on whichever type class came
     * first, and the compiled loop is dropped and compiled again when a grid of another class arrives.
     */
    public String typeName() {
        return typeName;
    }

    /** Number of distinct values. */
    public int size() {
        return values.length;
    }

    /** Sorted distinct values (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** Canonical codeword of each value of {@link #values()}, same order (a copy). */
    public int[] codes() {
        return codes.clone();
    }

    /** The i-th smallest value. */
    public double value(int index) {
        return values[index];
    }

    /** The canonical codeword of the i-th smallest value. */
    public int code(int index) {
        return codes[index];
    }

    /** Largest value. */
    public double max() {
        return values[values.length - 1];
    }

    /** Smallest value. */
    public double min() {
        return values[0];
    }

    /** Index (into {@link #values()}) of the value nearest to {@code x}; ties go to the larger value. */
    public int nearestIndex(double x) {
        // number of midpoints <= x: a value on a midpoint moves up to the larger neighbour
        int lo = 0;
        int hi = midpoints.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (midpoints[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The nearest value to {@code x}. */
    public double quantize(double x) {
        return values[nearestIndex(x)];
    }

    /** The canonical codeword of the nearest value to {@code x}. */
    public int nearestCode(double x) {
        return codes[nearestIndex(x)];
    }

    /**
     * The canonical codeword of an exactly representable value.
     *
     * @throws IllegalArgumentException if {@code value} is not on the grid
     */
    public int encode(double value) {
        int i = Arrays.binarySearch(values, value == 0.0 ? 0.0 : value);
        if (i < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException(
                    value + " is not a value of " + type.name() + " (use nearestCode to round)");
        }
        return codes[i];
    }
}
