package dev.precis.validation.report;

import java.util.Locale;

/** How figures are printed in the table and report.md: enough digits to see a difference, no more. */
final class Numbers {

    private Numbers() {
    }

    static String figure(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, v == Math.rint(v) || a >= 100_000 ? "%,.0f" : "%,.1f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        if (a >= 0.01) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String percent(double fraction) {
        if (fraction < 0.0001 && fraction > 0) {
            return String.format(Locale.ROOT, "%.4f%%", 100 * fraction);
        }
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }
}
