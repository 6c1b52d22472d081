package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;

/**
 * ANT's clipping search of one channel's sample on one grid (the artifact's {@code --w_low/--w_up} loop): for
 * each alpha = max|x| * i / 100 the squared error of rounding the values to the grid scaled to alpha, the alpha of
 * lowest error kept. The sample's values are sorted with prefix sums of x and x^2 ({@link #load}), so the
 * squared error of a grid bin {@code [b_j, b_j+1)} holding n values of sum S and square sum Q around grid value v
 * is {@code Q - 2 v S + n v^2}: each alpha costs one bin end per grid value instead of one rounding per value. A
 * value on a bin boundary belongs to the upper bin (the tie rule). A bin end moves little from one alpha to the
 * next (the boundaries scale by 1% of max |x|), so each is found by stepping from where it was at the previous
 * alpha: the same index a bisection finds.
 *
 * <p>{@code ClippingSearchTest} checks the stepped bin ends' errors and alphas against those of every bin of every
 * alpha found by bisection, bit for bit.
 *
 * <p>Holds the scratch arrays of one sample size and grid size; not shared between threads.
 */
final class ClippingSearch {

    /** Infinite sentinels each side of a channel's sorted values in the search's padded copy. */
    private static final int PAD = 4;

    private final int count;
    private final double[] sum1;
    private final double[] sum2;
    private final double[] padded;
    private final int[] ends;
    private final int[] runEnd;
    private final int[] runBin;
    private float[] sorted;

    /** Scratch for samples of {@code count} values and grids of at most {@code largestGrid} values. */
    ClippingSearch(int count, int largestGrid) {
        this.count = count;
        this.sum1 = new double[count + 1];
        this.sum2 = new double[count + 1];
        this.padded = new double[count + 2 * PAD];
        this.ends = new int[largestGrid];
        this.runEnd = new int[count];
        this.runBin = new int[count];
        java.util.Arrays.fill(padded, 0, PAD, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(padded, PAD + count, padded.length, Double.POSITIVE_INFINITY);
    }

    /** Makes {@code sortedValues} (ascending, {@code count} of them; not copied) the sample the searches score. */
    void load(float[] sortedValues) {
        if (sortedValues.length != count) {
            throw new IllegalArgumentException("clipping search: " + sortedValues.length + " values, scratch for " + count);
        }
        sorted = sortedValues;
        for (int j = 0; j < count; j++) {
            sum1[j + 1] = sum1[j] + sortedValues[j];
            sum2[j + 1] = sum2[j] + (double) sortedValues[j] * sortedValues[j];
            padded[PAD + j] = sortedValues[j];
        }
    }

    /**
     * Searches alpha = maxAbs * i / 100 for i in [lowPercent, highPercent) on the loaded sample; writes the best
     * alpha and its mean squared error at {@code slot} of {@code alphaOut} and {@code mseOut} (the first of equal
     * errors; alpha 0 and error 0 when maxAbs is 0).
     */
    void search(Grid grid, double maxAbs, int lowPercent, int highPercent, double[] alphaOut, double[] mseOut, int slot) {
        search(grid, maxAbs, lowPercent, highPercent, alphaOut, mseOut, slot, grid.step > 0 && count <= 2 * grid.size());
    }

    /**
     * {@link #search} by the chosen way of grouping the values into bins: {@code byValues}, each value's bin from
     * the grid's step (a uniform grid only), only the bins that hold a value summed; else every bin, its end found
     * from the previous alpha's. The same bins in the same order either way (an empty bin adds exactly +0.0 and the
     * sum is never -0.0), so the same errors bit for bit; by values costs a few operations per value and alpha
     * instead of per grid value, the cheaper for a sample no larger than the grid (an 8-bit grid's 256 values
     * against a 64-value channel of a 1x1 convolution).
     */
    void search(Grid grid, double maxAbs, int lowPercent, int highPercent, double[] alphaOut, double[] mseOut, int slot,
                boolean byValues) {
        if (byValues && !(grid.step > 0)) {
            throw new IllegalArgumentException("clipping search: binning by value needs a uniform grid");
        }
        if (maxAbs == 0) {
            alphaOut[slot] = 0;
            mseOut[slot] = 0;
            return;
        }
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = maxAbs;
        for (int i = lowPercent; i < highPercent; i++) {
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / grid.max;
            double mse = Math.max(0, byValues ? squaredErrorByValues(grid, scale) : squaredErrorByBins(grid, scale,
                    i == lowPercent)) / count;
            if (mse < best) {
                best = mse;
                bestAlpha = alpha;
            }
        }
        alphaOut[slot] = bestAlpha;
        mseOut[slot] = best;
    }

    /** The summed squared error at {@code scale}, every bin in order, the bin ends stepped from the last alpha's. */
    private double squaredErrorByBins(Grid grid, double scale, boolean first) {
        final double[] values = grid.values;
        final double[] sum1 = this.sum1;
        final double[] sum2 = this.sum2;
        final int[] ends = this.ends;
        final int last = values.length - 1;
        findEnds(grid, scale, first);
        double sq = 0;
        int start = 0;
        double s1 = sum1[0];
        double s2 = sum2[0];
        for (int j = 0; j <= last; j++) {
            // bin j holds the values from the previous bin's end to its own (at least its start: the boundaries
            // of a grid too fine for the values may cross after rounding); the last bin holds the rest
            int end = j == last ? count : Math.max(start, ends[j]);
            // an empty bin adds exactly +0.0 (x - x, 2v * 0 and 0 * v * v), so it is added rather than branched on
            int n = end - start;
            double v = values[j] * scale;
            double e1 = sum1[end];
            double e2 = sum2[end];
            sq += (e2 - s2) - 2 * v * (e1 - s1) + n * v * v;
            start = end;
            s1 = e1;
            s2 = e2;
        }
        return sq;
    }

    /**
     * The summed squared error at {@code scale} of a uniform grid, the bins that hold a value in order. Each value's
     * bin is first guessed from the grid's step, then set by the same comparisons with the boundaries as a bin end
     * ({@code x >= mids[j] * scale}: the value lies above boundary j), so the bins are those of {@link #findEnds}.
     * The runs of values in one bin are collected without a branch on where a run ends (a coin toss when bins hold
     * one or two values), then summed.
     */
    private double squaredErrorByValues(Grid grid, double scale) {
        final float[] sorted = this.sorted;
        final double[] mids = grid.mids;
        final int[] runEnd = this.runEnd;
        final int[] runBin = this.runBin;
        final int top = mids.length;
        final double perStep = 1.0 / (scale * grid.step);
        final double offset = 0.5 - grid.values[0] / grid.step;
        int runs = 0;
        int previous = binOf(sorted[0], mids, scale, perStep, offset, top);
        for (int k = 1; k < count; k++) {
            int b = binOf(sorted[k], mids, scale, perStep, offset, top);
            // the run of the previous bin ends here; kept (runs moves on) only when this value starts another bin
            runEnd[runs] = k;
            runBin[runs] = previous;
            runs += b != previous ? 1 : 0;
            previous = b;
        }
        runEnd[runs] = count;
        runBin[runs] = previous;
        runs++;
        final double[] values = grid.values;
        final double[] sum1 = this.sum1;
        final double[] sum2 = this.sum2;
        double sq = 0;
        int start = 0;
        for (int r = 0; r < runs; r++) {
            int end = runEnd[r];
            int n = end - start;
            double v = values[runBin[r]] * scale;
            sq += (sum2[end] - sum2[start]) - 2 * v * (sum1[end] - sum1[start]) + n * v * v;
            start = end;
        }
        return sq;
    }

    /** The bin of {@code x} on a uniform grid: the number of boundaries {@code mids[j] * scale} at or below it. */
    private static int binOf(double x, double[] mids, double scale, double perStep, double offset, int top) {
        // about (x / scale - v0) / step + 1/2, exact after the two corrections (rounding moves it by one at most)
        int b = (int) Math.max(0, Math.min(top, Math.floor(x * perStep + offset)));
        while (b > 0 && x < mids[b - 1] * scale) b--;
        while (b < top && x >= mids[b] * scale) b++;
        return b;
    }

    /**
     * {@code ends[j]}, for each of the grid's bin boundaries at {@code scale}: the first index whose value is >= the
     * boundary. At the first alpha by bisection; after it by stepping from the previous alpha's ends, in two loops
     * (the boundaries below zero only move down as the alphas rise, those above only up), each without a branch on
     * the side, and bisecting where a boundary moved PAD values or more (a dense sample, 65 536 values of an
     * activation). Finding the ends apart from summing the bins keeps both loops short and free of the per-bin
     * side test (about 5% faster alone, within the noise end to end: BENCHMARKS.md, "Generator runs, quiet pairs,
     * bin ends apart").
     */
    private void findEnds(Grid grid, double scale, boolean first) {
        final float[] sorted = this.sorted;
        final double[] mids = grid.mids;
        final int[] ends = this.ends;
        if (first) {
            for (int j = 0; j < mids.length; j++) ends[j] = lowerBound(sorted, count, mids[j] * scale);
            return;
        }
        for (int j = 0; j < grid.firstAboveZero; j++) {
            double key = mids[j] * scale;
            int at = stepDown(ends[j], key);
            ends[j] = at < 0 ? lowerBound(sorted, count, key) : at;
        }
        for (int j = grid.firstAboveZero; j < mids.length; j++) {
            double key = mids[j] * scale;
            int at = stepUp(ends[j], key);
            ends[j] = at < 0 ? lowerBound(sorted, count, key) : at;
        }
    }

    /**
     * The first index whose value is >= key, from {@code at}, the answer for a smaller key: how many of the next
     * PAD values are below the key (a prefix, the values being sorted), counted without branching (a bin end
     * moves by 0-3 values from one alpha to the next, a coin toss for a branch predictor). The alphas rise, so a
     * boundary above zero only moves up and one below zero only down. {@code -1} when it moved PAD values or
     * more (it may be further).
     */
    private int stepUp(int at, double key) {
        final double[] padded = this.padded;
        int p = at + PAD;
        int forward = (padded[p] < key ? 1 : 0) + (padded[p + 1] < key ? 1 : 0)
                + (padded[p + 2] < key ? 1 : 0) + (padded[p + 3] < key ? 1 : 0);
        return forward == PAD ? -1 : at + forward;
    }

    /** {@link #stepUp} for a larger key: how many of the PAD values before {@code at} are at or above it. */
    private int stepDown(int at, double key) {
        final double[] padded = this.padded;
        int p = at + PAD;
        int back = (padded[p - 1] >= key ? 1 : 0) + (padded[p - 2] >= key ? 1 : 0)
                + (padded[p - 3] >= key ? 1 : 0) + (padded[p - 4] >= key ? 1 : 0);
        return back == PAD ? -1 : at - back;
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

    /** A codebook's values, bin boundaries (midpoints of neighbours) and largest value, as the search reads them. */
    static final class Grid {
        final double[] values;
        final double[] mids;
        final double max;
        /** The first boundary above zero (the mids ascend): where {@link #findEnds} turns from down to up. */
        final int firstAboveZero;
        /** The distance between neighbouring values of a uniform grid, else 0. */
        final double step;

        Grid(Codebook book) {
            int size = book.size();
            values = new double[size];
            mids = new double[Math.max(0, size - 1)];
            for (int j = 0; j < size; j++) values[j] = book.value(j);
            for (int j = 0; j + 1 < size; j++) mids[j] = 0.5 * (book.value(j) + book.value(j + 1));
            max = book.max();
            int up = 0;
            while (up < mids.length && !(mids[up] > 0)) up++;
            firstAboveZero = up;
            step = uniformStep(values);
        }

        /** The distance between neighbours when it is the same for all, exactly (an int grid); else 0. */
        private static double uniformStep(double[] values) {
            if (values.length < 2) return 0;
            double step = values[1] - values[0];
            for (int j = 1; j < values.length; j++) {
                if (values[j] != values[0] + j * step) return 0;
            }
            return step;
        }

        int size() {
            return values.length;
        }
    }
}
