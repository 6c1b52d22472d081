package dev.precis.tlm.stats;

import java.util.List;

/** The frozen value of a statistic at the end of a run. */
public sealed interface StatValue {
    StatInfo info();

    /** A single number that summarises the value: the count, the sum, the sample count. */
    double scalar();

    record CounterValue(StatInfo info, long value) implements StatValue {
        @Override
        public double scalar() {
            return value;
        }
    }

    record AccumulatorValue(StatInfo info, long count, double sum, double min, double max, double mean)
            implements StatValue {
        @Override
        public double scalar() {
            return sum;
        }
    }

    record HistogramValue(StatInfo info, double lowest, double binWidth, List<Long> bins, long underflow,
                          long overflow, long count, double sum) implements StatValue {
        @Override
        public double scalar() {
            return count;
        }
    }
}
