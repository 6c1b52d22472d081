package dev.precis.components.dram;

import dev.precis.tlm.describe.Policy;
import dev.precis.tlm.describe.SlotSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw values of one DRAM configuration (a preset or .ini file, then any overrides), keyed by our names
 * ({@code organization.rows}, {@code timing.cycles.tRCD}). Every value remembers where it came from and how its
 * source spells the key, so a bad one is reported with its file, line and key as the user wrote them.
 */
final class DramSettings {

    /** A raw value, where it was read (file and line, or the option that set it) and the key as written there. */
    public record Value(String text, String origin, String writtenKey) {
    }

    private final String source;
    private final boolean iniStyle;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final List<DramConfigNote> notes = new ArrayList<>();

    /**
     * @param source   the file or preset the values come from, for messages about keys it lacks
     * @param iniStyle true for DRAMSim3 .ini files: a missing key is named as DRAMSim3 spells it
     */
    public DramSettings(String source, boolean iniStyle) {
        this.source = source;
        this.iniStyle = iniStyle;
    }

    public String source() {
        return source;
    }

    boolean iniStyle() {
        return iniStyle;
    }

    /** Adds a value read from the source; the same key twice is an error naming both places. */
    public void put(String key, String text, String origin, String writtenKey) {
        Value earlier = values.get(key);
        if (earlier != null) {
            throw new IllegalArgumentException(origin + ": " + writtenKey + ": given twice (also at " + earlier.origin() + ")");
        }
        values.put(key, new Value(text.trim(), origin, writtenKey));
    }

    /** Sets a value over the source's (a component parameter, a command-line override, a filled default). */
    public void override(String key, String text, String origin, String writtenKey) {
        values.put(key, new Value(text.trim(), origin, writtenKey));
    }

    /** Records something the user should be told about these settings (an ignored key, a filled value). */
    public void note(DramConfigNote note) {
        notes.add(note);
    }

    public List<DramConfigNote> notes() {
        return List.copyOf(notes);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Every key, in the order read. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Keys under a prefix, without the prefix ({@code keysUnder("timing.cycles.")}). */
    public Set<String> keysUnder(String prefix) {
        Set<String> keys = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                keys.add(key.substring(prefix.length()));
            }
        }
        return keys;
    }

    Value value(String key) {
        Value v = values.get(key);
        if (v == null) throw new IllegalStateException(source + ": " + key + " read before it was checked present");
        return v;
    }

    public String string(String key) {
        return value(key).text();
    }

    public long integer(String key) {
        Value v = value(key);
        try {
            return Long.parseLong(v.text());
        } catch (NumberFormatException e) {
            throw bad(key, "an integer");
        }
    }

    public double real(String key) {
        Value v = value(key);
        try {
            double d = Double.parseDouble(v.text());
            if (!Double.isFinite(d)) throw bad(key, "a finite number");
            return d;
        } catch (NumberFormatException e) {
            throw bad(key, "a number");
        }
    }

    public boolean bool(String key) {
        switch (value(key).text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw bad(key, "true or false");
        }
    }

    /** The implementation of {@code slot} the value names; accepts DRAMSim3's spelling (PER_BANK) and ours (per-bank). */
    public <T extends Policy> T policy(String key, SlotSpec<T> slot) {
        return DramPolicies.find(slot, value(key).text())
                .orElseThrow(() -> bad(key, "one of " + String.join(", ", DramPolicies.iniNames(slot))));
    }

    /** How a message names {@code key}: as the source wrote it, or, if absent, as this source's style spells it. */
    String written(String key) {
        Value v = values.get(key);
        if (v != null) return v.writtenKey();
        return DramParameters.byKey(key).map(p -> p.displayName(iniStyle)).orElse(key);
    }

    /** {@code "FILE line N: KEY = VALUE"}, or {@code "SOURCE: KEY"} for a key the source lacks. */
    String where(String key) {
        Value v = values.get(key);
        return v == null ? source + ": " + written(key) : v.origin() + ": " + v.writtenKey() + " = " + v.text();
    }

    /** An error naming the source, the origin (line) and the key. */
    public IllegalArgumentException error(String key, String message) {
        Value v = values.get(key);
        String where = v == null ? source : v.origin();
        return new IllegalArgumentException(where + ": " + written(key) + ": " + message);
    }

    private IllegalArgumentException bad(String key, String expected) {
        Value v = value(key);
        return new IllegalArgumentException(v.origin() + ": " + v.writtenKey() + " = '" + v.text() + "' is not " + expected);
    }
}
