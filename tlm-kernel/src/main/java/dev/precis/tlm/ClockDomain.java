package dev.precis.tlm;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock: a frequency in hertz, and the conversion between cycle numbers and picoseconds.
 *
 * <p>Rounding rule: the edge of cycle {@code n} is at {@code ceil(n * 1e12 / frequencyHz)} ps, the first
 * picosecond at or after the exact edge. Converting back, {@link #psToCycle} gives the cycle whose
 * interval [edge(n), edge(n+1)) contains the time. So edges never drift, even for frequencies whose period
 * is not a whole number of picoseconds (DDR4-2400's 1200 MHz: 833.33 ps), and
 * {@code psToCycle(cyclesToPs(n)) == n} for every n.
 */
public record ClockDomain(String name, long frequencyHz) {
    private static final long PS_PER_S = 1_000_000_000_000L;
    private static final Pattern FREQ = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgG]?[hH][zZ])\\s*");

    public ClockDomain {
        if (frequencyHz <= 0) throw new IllegalArgumentException("clock '" + name + "': frequency must be > 0 Hz");
        if (frequencyHz > PS_PER_S) {
            throw new IllegalArgumentException("clock '" + name + "': " + frequencyHz
                    + " Hz is faster than the 1 ps time resolution");
        }
    }

    public static ClockDomain ofMHz(String name, long mhz) {
        return new ClockDomain(name, Math.multiplyExact(mhz, 1_000_000L));
    }

    /** Parses "500MHz", "1.2 GHz", "100 kHz" into an anonymous clock domain. */
    public static ClockDomain parse(String text) {
        Matcher m = FREQ.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot parse frequency '" + text + "' (e.g. 500MHz, 1.2GHz)");
        }
        long mult;
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "hz": mult = 1; break;
            case "khz": mult = 1_000; break;
            case "mhz": mult = 1_000_000; break;
            default: mult = 1_000_000_000; break;
        }
        BigDecimal hz = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(mult));
        if (hz.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("frequency '" + text + "' is not a whole number of hertz");
        }
        return new ClockDomain(text.trim(), hz.longValueExact());
    }

    /** The exact period rounded up to whole picoseconds; edges use the exact rule, see the class comment. */
    public long periodPs() {
        return cyclesToPs(1);
    }

    /** Time of the edge that starts cycle {@code n}: ceil(n * 1e12 / f). Throws on overflow. */
    public long cyclesToPs(long n) {
        if (n < 0) throw new IllegalArgumentException("negative cycle count " + n);
        long q = PS_PER_S / frequencyHz;
        long r = PS_PER_S % frequencyHz;
        long whole = Math.multiplyExact(n, q);
        // n * r can overflow for huge n; split n so the product stays exact.
        long extra = ceilMulDiv(n, r, frequencyHz);
        return Math.addExact(whole, extra);
    }

    /** The cycle whose interval contains {@code timePs}: largest n with cyclesToPs(n) <= timePs. */
    public long psToCycle(long timePs) {
        if (timePs < 0) throw new IllegalArgumentException("negative time " + timePs);
        // floor(t * f / 1e12), then correct for the ceil in cyclesToPs.
        long n;
        try {
            n = Math.multiplyExact(timePs, frequencyHz) / PS_PER_S;
        } catch (ArithmeticException overflow) {
            n = java.math.BigInteger.valueOf(timePs).multiply(java.math.BigInteger.valueOf(frequencyHz))
                    .divide(java.math.BigInteger.valueOf(PS_PER_S)).longValueExact();
        }
        while (n > 0 && cyclesToPs(n) > timePs) n--;
        while (cyclesToPs(n + 1) <= timePs) n++;
        return n;
    }

    /** The first edge at or after {@code timePs}. */
    public long nextEdgeAtOrAfter(long timePs) {
        long n = psToCycle(timePs);
        long edge = cyclesToPs(n);
        return edge == timePs ? edge : cyclesToPs(n + 1);
    }

    private static long ceilMulDiv(long a, long b, long d) {
        if (b == 0 || a == 0) return 0;
        try {
            long p = Math.multiplyExact(a, b);
            return Math.floorDiv(p + d - 1, d);
        } catch (ArithmeticException overflow) {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
                    .divideAndRemainder(java.math.BigInteger.valueOf(d));
            long q = qr[0].longValueExact();
            return qr[1].signum() == 0 ? q : Math.addExact(q, 1);
        }
    }

    @Override
    public String toString() {
        return name + "(" + frequencyHz + " Hz)";
    }
}
