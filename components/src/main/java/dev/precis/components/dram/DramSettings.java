package dev.precis.components.dram;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flat, typed access to the raw settings of one configuration source (a preset or an .ini
 * file), keyed by our canonical names ({@code organization.rows}, {@code timing.cycles.tRCD}).
 * Every value remembers where it came from so a bad one is reported with its file and line.
 */
public final class DramSettings {

    /** A raw value and where it was read (file and line or config path). */
    public record Value(String text, String origin) {
    }

    private final String source;
    private final Map<String, Value> values = new LinkedHashMap<>();

    public DramSettings(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void put(String key, String text, String origin) {
        values.put(key, new Value(text.trim(), origin));
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Every key, in the order read. */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(values.keySet());
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

    public String string(String key, String defaultValue) {
        Value v = values.get(key);
        return v == null ? defaultValue : v.text();
    }

    public int integer(String key, int defaultValue) {
        Value v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.text());
        } catch (NumberFormatException e) {
            throw bad(key, v, "an integer");
        }
    }

    public double real(String key, double defaultValue) {
        Value v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(v.text());
        } catch (NumberFormatException e) {
            throw bad(key, v, "a number");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        Value v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        switch (v.text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw bad(key, v, "true or false");
        }
    }

    /** An enum value; accepts DRAMSim3 spelling (PER_BANK) and ours (per-bank). */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
        Value v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        String normalised = v.text().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(constant.name());
        }
        throw bad(key, v, "one of " + known);
    }

    /** An error naming the source, the origin (line) and the field. */
    public IllegalArgumentException error(String key, String message) {
        Value v = values.get(key);
        String where = v == null ? source : v.origin();
        return new IllegalArgumentException(where + ": " + key + ": " + message);
    }

    private IllegalArgumentException bad(String key, Value v, String expected) {
        return new IllegalArgumentException(v.origin() + ": " + key + " = '" + v.text() + "' is not " + expected);
    }
}
