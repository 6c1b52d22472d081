package dev.precis.components.dram;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One key a DRAM configuration may set: its name in our preset format ({@code timing.cycles.tRCD}) and in
 * DRAMSim3's {@code .ini} ({@code [timing] tRCD}), its type and physical range, and what happens when a
 * configuration leaves it out ({@link Presence}). The table of all of them is {@link DramParameters}; every
 * source of values (preset, .ini, a component's parameters, command-line overrides) is checked against it by
 * {@link DramConfigFactory}.
 *
 * @param key         our name; null for DRAMSim3 keys we accept only in .ini files (output and thermal settings)
 * @param iniSection  DRAMSim3's section (lower case), or null when DRAMSim3 has no such key
 * @param iniKey      DRAMSim3's spelling of the key
 * @param min         smallest allowed value (numbers), inclusive unless {@code minExclusive}
 * @param max         largest allowed value (numbers), inclusive
 * @param fill        the value used when a configuration omits the key, for {@link Presence#FILLED} and
 *                    {@link Presence#OPTIONAL}; {@code fillSource} says where that value comes from
 * @param fillOnlyFor standards (by {@link DramStandard#name()}) for which a missing key is filled; empty = all.
 *                    For the others the key is {@link Presence#REQUIRED} when the standard reads it.
 */
record DramParameter(String key, String iniSection, String iniKey, Kind kind, String unit, String description,
                            double min, boolean minExclusive, double max, boolean powerOfTwo, List<String> choices,
                            Presence presence, String fill, String fillSource, Set<String> fillOnlyFor) {

    /** The type of a value. */
    public enum Kind { INTEGER, REAL, BOOLEAN, CHOICE, TEXT }

    /** What a configuration that leaves the key out gets. */
    public enum Presence {
        /** An error when the standard reads the key (timings a table does not use are not needed). */
        REQUIRED,
        /** {@link #fill()} is used, and the configuration's notes say so key by key (stderr, the report). */
        FILLED,
        /** A switch with a documented default ({@link #fill()}), as a command-line flag has: no note. */
        OPTIONAL,
        /** Accepted and range-checked, but nothing in the model reads it (thermal, power-down, self-refresh currents). */
        NOT_MODELLED
    }

    public DramParameter {
        choices = List.copyOf(choices);
        fillOnlyFor = Set.copyOf(fillOnlyFor);
    }

    /** How a message names this key for a configuration of the given style. */
    public String displayName(boolean ini) {
        return ini && iniKey != null ? iniKey : key != null ? key : iniSection + "." + iniKey;
    }

    /** {@code [timing] tRCD} for .ini files. */
    public String iniName() {
        return "[" + iniSection + "] " + iniKey;
    }

    /** True when a missing key is filled for this standard. */
    boolean fillsFor(DramStandard standard) {
        return presence == Presence.OPTIONAL
                || presence == Presence.FILLED && (fillOnlyFor.isEmpty() || fillOnlyFor.contains(standard.name()));
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
