package dev.precis.tlm.stats;

/** Sum, count, minimum, maximum and mean of observed samples (latencies, occupancies). */
public final class Accumulator implements Statistic {
    private final StatInfo info;
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    Accumulator(StatInfo info) {
        this.info = info;
    }

    public void add(double sample) {
        count++;
        sum += sample;
        if (sample < min) min = sample;
        if (sample > max) max = sample;
    }

    public long count() { return count; }
    public double sum() { return sum; }
    public double mean() { return count == 0 ? 0 : sum / count; }

    @Override
    public StatInfo info() {
        return info;
    }

    @Override
    public StatValue snapshot() {
        return new StatValue.AccumulatorValue(info, count, sum, count == 0 ? 0 : min, count == 0 ? 0 : max, mean());
    }
}
