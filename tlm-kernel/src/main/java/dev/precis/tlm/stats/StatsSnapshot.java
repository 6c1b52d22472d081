package dev.precis.tlm.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every statistic of a run, frozen, sorted by hierarchical name (so two equal runs compare equal). */
public final class StatsSnapshot {
    private final Map<String, StatValue> values;

    public StatsSnapshot(Collection<StatValue> all) {
        TreeMap<String, StatValue> sorted = new TreeMap<>();
        for (StatValue v : all) {
            if (sorted.put(v.info().name(), v) != null) {
                throw new IllegalArgumentException("statistic " + v.info().name() + " appears twice");
            }
        }
        this.values = Collections.unmodifiableMap(sorted);
    }

    public static StatsSnapshot empty() {
        return new StatsSnapshot(java.util.List.of());
    }

    /** Name to value, sorted by name. */
    public Map<String, StatValue> values() {
        return values;
    }

    public Optional<StatValue> get(String fullName) {
        return Optional.ofNullable(values.get(fullName));
    }

    /** The counter's value; fails naming the statistic when it is missing or not a counter. */
    public long counter(String fullName) {
        StatValue v = values.get(fullName);
        if (v instanceof StatValue.CounterValue c) return c.value();
        throw new IllegalArgumentException("no counter named " + fullName + (v == null ? "" : " (it is " + v.getClass().getSimpleName() + ")"));
    }

    /** Sum of one statistic's scalar over every component, e.g. {@code sumOf("reads")}. */
    public double sumOf(String localName) {
        double total = 0;
        for (StatValue v : values.values()) {
            String n = v.info().name();
            if (n.endsWith("." + localName)) total += v.scalar();
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatsSnapshot s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "StatsSnapshot" + values.keySet();
    }
}
