package dev.precis.tlm.stats;

/**
 * What a statistic is: its full hierarchical name ({@code top.dram.reads}), its unit and a description.
 */
public record StatInfo(String name, String unit, String description) {
    public StatInfo {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("statistic name is empty");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
