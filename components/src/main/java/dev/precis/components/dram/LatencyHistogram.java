package dev.precis.components.dram;

import java.util.Arrays;

/** Exact histogram of integer latencies (one bin per cycle), for means and percentiles. */
public final class LatencyHistogram {

    private long[] counts = new long[1024];
    private long total;
    private long sum;
    private long max;

    public void add(long latencyCycles) {
        if (latencyCycles < 0) {
            throw new IllegalArgumentException("negative latency " + latencyCycles);
        }
        if (latencyCycles >= counts.length) {
            counts = Arrays.copyOf(counts, (int) Math.max(counts.length * 2L, latencyCycles + 1));
        }
        counts[(int) latencyCycles]++;
        total++;
        sum += latencyCycles;
        max = Math.max(max, latencyCycles);
    }

    public void addAll(LatencyHistogram other) {
        for (int i = 0; i < other.counts.length; i++) {
            if (other.counts[i] != 0) {
                if (i >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(counts.length * 2, i + 1));
                }
                counts[i] += other.counts[i];
            }
        }
        total += other.total;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    public long count() {
        return total;
    }

    public long sum() {
        return sum;
    }

    public long max() {
        return max;
    }

    public double mean() {
        return total == 0 ? 0.0 : (double) sum / total;
    }

    /** The smallest latency L such that at least {@code fraction} of the samples are <= L (nearest rank). */
    public long percentile(double fraction) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(fraction * total);
        rank = Math.max(1, Math.min(total, rank));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i;
            }
        }
        return max;
    }
}
