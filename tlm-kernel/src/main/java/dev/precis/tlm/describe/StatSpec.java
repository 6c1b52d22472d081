package dev.precis.tlm.describe;

/**
 * One statistic a component type registers: local name, unit, description. A type declares its statistics as
 * constants of this record and registers them with {@link dev.precis.tlm.stats.StatsScope#counter(StatSpec)} (or
 * {@code accumulator}, {@code histogram}), so what {@code precis info} prints is what a run records.
 */
public record StatSpec(String name, String unit, String description) {
    public StatSpec {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("statistic name is empty");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
