package dev.precis.tlm.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples counted in fixed-width bins starting at {@code lowest}; samples below land in an underflow count,
 * samples past the last bin in an overflow count, so nothing is dropped silently.
 */
public final class Histogram implements Statistic {
    private final StatInfo info;
    private final double lowest;
    private final double binWidth;
    private final long[] bins;
    private long underflow;
    private long overflow;
    private long count;
    private double sum;

    Histogram(StatInfo info, double lowest, double binWidth, int binCount) {
        if (!(binWidth > 0)) throw new IllegalArgumentException("histogram " + info.name() + ": bin width must be > 0");
        if (binCount < 1) throw new IllegalArgumentException("histogram " + info.name() + ": needs at least one bin");
        this.info = info;
        this.lowest = lowest;
        this.binWidth = binWidth;
        this.bins = new long[binCount];
    }

    public void add(double sample) {
        count++;
        sum += sample;
        if (sample < lowest) {
            underflow++;
            return;
        }
        double idx = (sample - lowest) / binWidth;
        if (idx >= bins.length) overflow++;
        else bins[(int) idx]++;
    }

    public long count() { return count; }

    /**
     * The value below which {@code fraction} of the samples fall, at bin resolution (the upper edge of the bin
     * holding that sample). Samples in the overflow count make the answer {@code +Infinity}.
     */
    public double quantile(double fraction) {
        if (count == 0) return 0;
        long rank = (long) Math.ceil(fraction * count);
        long seen = underflow;
        if (seen >= rank) return lowest;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen >= rank) return lowest + (i + 1) * binWidth;
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public StatInfo info() {
        return info;
    }

    @Override
    public StatValue snapshot() {
        List<Long> copy = new ArrayList<>(bins.length);
        for (long b : bins) copy.add(b);
        return new StatValue.HistogramValue(info, lowest, binWidth, List.copyOf(copy), underflow, overflow, count, sum);
    }
}
