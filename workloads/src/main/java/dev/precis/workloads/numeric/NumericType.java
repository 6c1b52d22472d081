package dev.precis.workloads.numeric;

/**
 * A fixed-length numeric type: {@code 2^bits} codewords, each decoding to one value (or to no value,
 * as the logarithmic posit's NaR pattern).
 *
 * <p>Values are on the type's own, unscaled grid; quantizers scale a tensor so that its clipping
 * value maps to {@link #maxValue()}. Hot loops should build one {@link Codebook} with
 * {@link #codebook()} and reuse it: the convenience methods here rebuild it on every call.
 */
public sealed interface NumericType permits IntType, FlintType, PotType, FloatType, LogPosit {

    /** Short name with bit width and signedness, e.g. {@code flint4s}, {@code int8u}, {@code lp(8,1,3,0.0)}. */
    String name();

    /** Total codeword width in bits (sign included). */
    int bits();

    /** Whether the type has negative values. */
    boolean signed();

    /**
     * The value of a codeword (the low {@link #bits()} bits of {@code code}).
     *
     * @return the value, or {@link Double#NaN} for a pattern that is not a real number (LP NaR)
     * @throws IllegalArgumentException if {@code code} is outside {@code [0, 2^bits)}
     */
    double decode(int code);

    /** Number of codewords, {@code 2^bits}. */
    default int codeCount() {
        return 1 << bits();
    }

    /** The sorted value grid with the canonical codeword of each value. */
    default Codebook codebook() {
        return Codebook.of(this);
    }

    /** Sorted, distinct representable values. */
    default double[] grid() {
        return codebook().values();
    }

    /** Largest representable value. */
    default double maxValue() {
        double[] g = grid();
        return g[g.length - 1];
    }

    /**
     * The codeword of a representable value ({@code -0.0} counts as {@code 0}).
     *
     * @throws IllegalArgumentException if the value is not on the grid
     */
    default int encode(double value) {
        return codebook().encode(value);
    }

    /** The codeword of the grid value nearest to {@code x}; ties go to the larger value. */
    default int nearestCode(double x) {
        return codebook().nearestCode(x);
    }

    /** The grid value nearest to {@code x}; ties go to the larger value. */
    default double quantize(double x) {
        return codebook().quantize(x);
    }

    /** The codeword as a string of {@link #bits()} binary digits, most significant first. */
    default String codeword(int code) {
        checkCode(code, bits());
        StringBuilder sb = new StringBuilder(bits());
        for (int i = bits() - 1; i >= 0; i--) {
            sb.append((code >>> i) & 1);
        }
        return sb.toString();
    }

    /** Validates that {@code code} fits in {@code bits} bits. */
    static void checkCode(int code, int bits) {
        if (code < 0 || code >= (1 << bits)) {
            throw new IllegalArgumentException(
                    "code " + code + " is outside [0, " + (1 << bits) + ") for a " + bits + "-bit type");
        }
    }
}
