package dev.precis.workloads.tracegen;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Settings given to a quantizer by name, as text ({@code precis trace --quantizer lpq
 * --param population=32 --param generations=20}). A quantizer reads the keys it knows with a
 * default each, then calls {@link #requireAllKnown()}: an unknown key or a malformed value is an
 * {@link IllegalArgumentException} naming the quantizer, the key and the known keys.
 */
public final class QuantizerOptions {

    private final String quantizer;
    private final SortedMap<String, String> values;
    private final Set<String> known = new LinkedHashSet<>();

    public QuantizerOptions(String quantizer, Map<String, String> values) {
        this.quantizer = quantizer;
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** No options: every quantizer's defaults. */
    public static QuantizerOptions none(String quantizer) {
        return new QuantizerOptions(quantizer, Map.of());
    }

    public SortedMap<String, String> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String text(String key, String defaultValue) {
        known.add(key);
        return values.getOrDefault(key, defaultValue);
    }

    public int integer(String key, int defaultValue) {
        String v = text(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw bad(key, v, "an integer");
        }
    }

    public double decimal(String key, double defaultValue) {
        String v = text(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw bad(key, v, "a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(key, v, "a number");
        }
    }

    public boolean flag(String key, boolean defaultValue) {
        String v = text(key, null);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw bad(key, v, "true or false");
        };
    }

    /** A comma-separated list of integers, e.g. {@code 2,4,6,8}. */
    public int[] integers(String key, int[] defaultValue) {
        String v = text(key, null);
        if (v == null) {
            return defaultValue.clone();
        }
        List<String> parts = List.of(v.split(",", -1));
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Integer.parseInt(parts.get(i).strip());
            } catch (NumberFormatException e) {
                throw bad(key, v, "comma-separated integers");
            }
        }
        return out;
    }

    /** Fails on any key the quantizer did not read. */
    public void requireAllKnown() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(quantizer + ": unknown option '" + key + "'; known options: "
                        + String.join(", ", known));
            }
        }
    }

    private IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException(quantizer + ": option " + key + " must be " + expected + ", got '" + value
                + "'");
    }
}
