package dev.precis.tlm.stats;

/** A count of occurrences (requests served, bytes moved). */
public final class Counter implements Statistic {
    private final StatInfo info;
    private long value;

    Counter(StatInfo info) {
        this.info = info;
    }

    public void increment() {
        value++;
    }

    public void add(long n) {
        value = Math.addExact(value, n);
    }

    public long value() {
        return value;
    }

    @Override
    public StatInfo info() {
        return info;
    }

    @Override
    public StatValue snapshot() {
        return new StatValue.CounterValue(info, value);
    }
}
