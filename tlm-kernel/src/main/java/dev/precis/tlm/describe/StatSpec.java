package dev.precis.tlm.describe;

/** One statistic a component type registers: local name, unit, description. */
public record StatSpec(String name, String unit, String description) {
}
