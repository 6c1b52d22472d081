package dev.precis.sweep.spec;

/**
 * A parameter drawn from {@code [min, max]} by the sweep's sampling: integers when {@code integer}, else reals.
 */
public record SampledRange(String key, double min, double max, boolean integer) {

    /** The value at {@code u} in [0, 1): min + u (max - min), integers spread evenly over min..max. */
    public String valueAt(double u) {
        if (integer) {
            long lo = (long) min;
            long span = (long) max - lo + 1;
            return Long.toString(Math.min((long) max, lo + (long) Math.floor(u * span)));
        }
        return Double.toString(min + u * (max - min));
    }
}
