package dev.precis.validation;

import java.util.Objects;

/**
 * One row of the validation table: a quantity Precis computes next to the published or reference value it must
 * reproduce. {@code relError} is {@code |precis - reference| / |reference|}; the check passes when it is at most
 * {@code tolerance}, or, for a reference printed with few digits, when the difference is within half its last
 * printed digit ({@link #withinRounding}).
 *
 * @param id        stable identifier, {@code experiment.what.detail} (e.g. {@code ant.cycles.vgg16.BitFusion})
 * @param source    where the reference value comes from: paper and figure/table, or simulator and configuration
 * @param quantity  what is compared, with its unit
 */
public record Check(String id, String source, String quantity, double reference, double precis, double relError,
                    double tolerance, boolean pass) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantity, "quantity");
        if (!Double.isFinite(reference) || reference == 0) {
            throw new IllegalArgumentException(id + ": reference must be finite and non-zero, got " + reference);
        }
        if (!Double.isFinite(precis)) {
            throw new IllegalArgumentException(id + ": Precis value must be finite, got " + precis);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException(id + ": tolerance must be >= 0, got " + tolerance);
        }
    }

    /** A check on relative error alone. */
    public static Check relative(String id, String source, String quantity, double reference, double precis,
                                 double tolerance) {
        double err = relativeError(reference, precis);
        return new Check(id, source, quantity, reference, precis, err, tolerance, err <= tolerance + 1e-12);
    }

    /**
     * A check of a reference printed to a fixed number of digits: it passes within {@code tolerance} or within
     * {@code rounding} absolute (half the last printed digit), as a near-zero rate can only be known that well.
     */
    public static Check withinRounding(String id, String source, String quantity, double reference, double precis,
                                       double tolerance, double rounding) {
        double err = relativeError(reference, precis);
        boolean pass = err <= tolerance + 1e-12 || Math.abs(precis - reference) <= rounding + 1e-15;
        return new Check(id, source, quantity, reference, precis, err, tolerance, pass);
    }

    static double relativeError(double reference, double precis) {
        return Math.abs(precis - reference) / Math.abs(reference);
    }
}
