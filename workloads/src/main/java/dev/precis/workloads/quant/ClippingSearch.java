package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;

/**
 * ANT's clipping search of one channel's sample on one grid (the artifact's {@code --w_low/--w_up} loop): for
 * each alpha = max|x| * i / 100 the squared error of rounding the values to the grid scaled to alpha, the alpha of
 * lowest error kept. The sample's values are sorted with prefix sums of x and x^2 ({@link #load}), so the
 * squared error of a grid bin {@code [b_j, b_j+1)} holding n values of sum S and square sum Q around grid value v
 * is {@code Q - 2 v S + n v^2}: that sum over the bins in order is the error the search defines. A value on a bin
 * boundary belongs to the upper bin (the tie rule). Three ways give the same errors bit for bit:
 * <ul>
 *   <li>by bins: every bin at every alpha, each bin end stepped from where it was at the previous alpha (the
 *       boundaries scale by 1% of max |x|): the same index a bisection finds;</li>
 *   <li>by values, on a uniform (int) grid: each value's bin from the grid's step, only the bins holding a value
 *       summed;</li>
 *   <li>ranked, on a uniform grid: each alpha's error summed over the values rounded by the step (no bin ends, a
 *       loop the compiler vectorises), then the exact error only at the alphas within rounding of the lowest.</li>
 * </ul>
 *
 * <p>{@code ClippingSearchTest} checks the three against every bin of every alpha found by bisection, bit for bit.
 *
 * <p>Holds the scratch arrays of one sample size and grid size; not shared between threads.
 */
final class ClippingSearch {

    /**
     * A uniform grid's search ranks first when the sample holds at most this many values per grid value: rounding
     * every value then costs less than stepping every bin end. Measured on ResNet-50's weights (CPU seconds of the
     * searches in one `compare` of the six ANT-family designs): the 6-bit grid on samples of up to 512 values 0.86
     * ranked against 0.92-1.2 by bins; the 4-bit int grid on 512 values 0.84 ranked against 0.31 by bins.
     */
    private static final int RANKED_VALUES_PER_GRID_VALUE = 8;

    /**
     * How far above the lowest a ranked sum may be and still be evaluated exactly, as a fraction of the sample's
     * sum of squares: four thousand times the rounding error of either way of summing (at most about
     * (grid size + values) x 2^-53 x 3 sum(x^2), 2.5e-13 for an 8-bit grid on 512 values).
     */
    private static final double RANK_TOLERANCE = 1e-9;

    /** Infinite sentinels each side of a channel's sorted values in the search's padded copy. */
    private static final int PAD = 4;

    private final int count;
    private final double[] sum1;
    private final double[] sum2;
    private final double[] padded;
    private final int[] ends;
    private final int[] runEnd;
    private final int[] runBin;
    /** The sample as doubles from index 0: the ranked loop reading {@link #padded} at its offset ran 2x slower. */
    private final double[] linear;
    private final double[] errors;
    private double[] rankedSums = new double[0];
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
        this.linear = new double[count];
        this.errors = new double[count];
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
            linear[j] = sortedValues[j];
        }
    }

    /**
     * Searches alpha = maxAbs * i / 100 for i in [lowPercent, highPercent) on the loaded sample; writes the best
     * alpha and its mean squared error at {@code slot} of {@code alphaOut} and {@code mseOut} (the first of equal
     * errors; alpha 0 and error 0 when maxAbs is 0).
     */
    void search(Grid grid, double maxAbs, int lowPercent, int highPercent, double[] alphaOut, double[] mseOut, int slot) {
        if (grid.step > 0 && count <= RANKED_VALUES_PER_GRID_VALUE * grid.size()) {
            searchRanked(grid, maxAbs, lowPercent, highPercent, alphaOut, mseOut, slot);
        } else {
            search(grid, maxAbs, lowPercent, highPercent, alphaOut, mseOut, slot, false);
        }
    }

    /**
     * {@link #search} on a uniform grid by ranking first: each alpha's squared error summed value by value, each
     * value rounded by the grid's step (a few operations per value, no bin ends); then the exact error of
     * {@link #search} (the bins' sums) only at the alphas whose ranked sum is within {@link #RANK_TOLERANCE} of the
     * lowest, the first of lowest exact error kept. Both sums are within far less than the tolerance of the true
     * error, so the alpha of lowest exact error is among those evaluated: the same alpha and error as the search in
     * full, bit for bit.
     */
    void searchRanked(Grid grid, double maxAbs, int lowPercent, int highPercent, double[] alphaOut, double[] mseOut,
                      int slot) {
        if (maxAbs == 0) {
            alphaOut[slot] = 0;
            mseOut[slot] = 0;
            return;
        }
        if (rankedSums.length < highPercent - lowPercent) rankedSums = new double[highPercent - lowPercent];
        final double[] ranked = this.rankedSums;
        final double[] x = this.linear;
        final double[] err = this.errors;
        final double topBin = grid.mids.length;
        final double v0 = grid.values[0];
        final double step = grid.step;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = lowPercent; i < highPercent; i++) {
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / grid.max;
            // the grid value nearest x: index floor((x / scale - v0) / step + 1/2), clamped to the grid
            double perStep = 1.0 / (scale * step);
            double offset = 0.5 - v0 / step;
            double scaledStep = scale * step;
            double base = scale * v0;
            // one rounding per value, without a loop-carried sum, so that the compiler can vectorise it
            for (int k = 0; k < count; k++) {
                double j = Math.max(0.0, Math.min(topBin, Math.floor(x[k] * perStep + offset)));
                double e = x[k] - (base + j * scaledStep);
                err[k] = e * e;
            }
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            int k = 0;
            for (; k + 3 < count; k += 4) {
                a0 += err[k];
                a1 += err[k + 1];
                a2 += err[k + 2];
                a3 += err[k + 3];
            }
            for (; k < count; k++) a0 += err[k];
            double sum = (a0 + a1) + (a2 + a3);
            ranked[i - lowPercent] = sum;
            lowest = Math.min(lowest, sum);
        }
        double within = lowest + RANK_TOLERANCE * (sum2[count] + lowest);
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = maxAbs;
        boolean byValues = count <= 2 * grid.size();
        for (int i = lowPercent; i < highPercent; i++) {
            if (ranked[i - lowPercent] > within) continue;
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / grid.max;
            double mse = Math.max(0, byValues ? squaredErrorByValues(grid, scale) : squaredErrorByBins(grid, scale, true))
                    / count;
            if (mse < best) {
                best = mse;
                bestAlpha = alpha;
            }
        }
        alphaOut[slot] = bestAlpha;
        mseOut[slot] = best;
    }

    /**
     * {@link #search} by the chosen way of grouping the values into bins: {@code byValues}, each value's bin from
     * the grid's step (a uniform grid only), only the bins that hold a value summed; else every bin, its end found
     * from the previous alpha's. The same bins in the same order either way (an empty bin adds exactly +0.0 and the
     * sum is never -0.0), so the same errors bit for bit; by values costs a few operations per value and alpha
     * instead of per grid value, the cheaper for a sample no larger than twice the grid (an 8-bit grid's 256 values
     * against a 64-value channel of a 1x1 convolution), which is how {@link #searchRanked} scores its candidates.
     * {@link #search} itself takes the bins for the grids it does not rank.
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
