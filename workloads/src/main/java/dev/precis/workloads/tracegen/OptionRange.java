package dev.precis.workloads.tracegen;

import java.util.Locale;

/**
 * The values a numeric quantizer option may take: a lower and an upper bound, each inclusive or
 * exclusive, or absent (unbounded). Printed as an interval: {@code [1, 65535]}, {@code [0, 1)},
 * {@code (0, 1]}, {@code [2, ∞)}.
 */
public record OptionRange(Double min, boolean minInclusive, Double max, boolean maxInclusive) {

    /** [min, max]. */
    public static OptionRange closed(double min, double max) {
        return new OptionRange(min, true, max, true);
    }

    /** [min, ∞). */
    public static OptionRange atLeast(double min) {
        return new OptionRange(min, true, null, false);
    }

    /** (min, ∞). */
    public static OptionRange above(double min) {
        return new OptionRange(min, false, null, false);
    }

    /** [min, max). */
    public static OptionRange closedOpen(double min, double max) {
        return new OptionRange(min, true, max, false);
    }

    /** (min, max]. */
    public static OptionRange openClosed(double min, double max) {
        return new OptionRange(min, false, max, true);
    }

    public boolean contains(double value) {
        boolean aboveMin = min == null || (minInclusive ? value >= min : value > min);
        boolean belowMax = max == null || (maxInclusive ? value <= max : value < max);
        return aboveMin && belowMax;
    }

    @Override
    public String toString() {
        return (min == null ? "(-∞" : (minInclusive ? "[" : "(") + number(min)) + ", "
                + (max == null ? "∞)" : number(max) + (maxInclusive ? "]" : ")"));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
