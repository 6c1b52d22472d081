package dev.precis.tlm;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated time is a {@code long} count of picoseconds. This class parses and formats it.
 *
 * <p>Accepted forms: {@code "10 ns"}, {@code "2.5us"}, {@code "1 ms"}, {@code "7 ps"}, {@code "3 s"}, and
 * {@code "3 cycles@500MHz"} (a cycle count in a clock domain; see {@link ClockDomain#cyclesToPs}). A bare
 * number is rejected: a time without a unit is the commonest configuration bug. Arithmetic that would
 * overflow a {@code long} throws {@link ArithmeticException}; it never wraps.
 */
public final class SimTime {
    public static final long PS = 1L;
    public static final long NS = 1_000L;
    public static final long US = 1_000_000L;
    public static final long MS = 1_000_000_000L;
    public static final long S = 1_000_000_000_000L;
    /** The largest representable time, about 106 days of simulated time. */
    public static final long MAX = Long.MAX_VALUE;

    private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]+)\\s*");
    private static final Pattern CYCLES = Pattern.compile("\\s*([0-9]+)\\s*cycles?\\s*@\\s*(.+)", Pattern.CASE_INSENSITIVE);

    private SimTime() {}

    public static long ps(long n) { return n; }
    public static long ns(long n) { return Math.multiplyExact(n, NS); }
    public static long us(long n) { return Math.multiplyExact(n, US); }
    public static long ms(long n) { return Math.multiplyExact(n, MS); }

    /** Parses a time such as "10 ns", "2.5 us" or "3 cycles@500MHz" into picoseconds. */
    public static long parse(String text) {
        if (text == null) throw new IllegalArgumentException("time is missing");
        Matcher cycles = CYCLES.matcher(text);
        if (cycles.matches()) {
            long n = parseWhole(cycles.group(1), text);
            return ClockDomain.parse(cycles.group(2).trim()).cyclesToPs(n);
        }
        Matcher q = QUANTITY.matcher(text);
        if (!q.matches()) {
            throw new IllegalArgumentException("cannot parse time '" + text
                    + "': expected a number and a unit (ps, ns, us, ms, s) or 'N cycles@FREQ'");
        }
        long unit = unitPs(q.group(2), text);
        return scale(q.group(1), unit, text);
    }

    /** Formats picoseconds with the largest unit that keeps the value exact, e.g. 2500 -> "2.5 ns". */
    public static String format(long ps) {
        if (ps == 0) return "0 ps";
        long abs = Math.abs(ps);
        long[] units = {S, MS, US, NS};
        String[] names = {"s", "ms", "us", "ns"};
        for (int i = 0; i < units.length; i++) {
            if (abs >= units[i]) {
                java.math.BigDecimal v = java.math.BigDecimal.valueOf(ps).movePointLeft(exponent(units[i]));
                return v.stripTrailingZeros().toPlainString() + " " + names[i];
            }
        }
        return ps + " ps";
    }

    /** a + b, failing instead of wrapping. */
    public static long add(long a, long b) {
        return Math.addExact(a, b);
    }

    private static int exponent(long unit) {
        return Long.toString(unit).length() - 1;
    }

    private static long unitPs(String unit, String text) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "ps": return PS;
            case "ns": return NS;
            case "us": return US;
            case "ms": return MS;
            case "s": return S;
            default:
                throw new IllegalArgumentException("unknown time unit '" + unit + "' in '" + text
                        + "' (known: ps, ns, us, ms, s)");
        }
    }

    private static long scale(String number, long unitPs, String text) {
        java.math.BigDecimal ps = new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(unitPs));
        if (ps.signum() != 0 && ps.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("time '" + text + "' is finer than one picosecond");
        }
        try {
            return ps.longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("time '" + text + "' overflows the picosecond range (max "
                    + format(MAX) + ")");
        }
    }

    private static long parseWhole(String digits, String text) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ArithmeticException("cycle count in '" + text + "' overflows a long");
        }
    }
}
