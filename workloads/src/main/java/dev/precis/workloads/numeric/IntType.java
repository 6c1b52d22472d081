package dev.precis.workloads.numeric;

/**
 * Integer codes: two's complement when signed ({@code [-2^(bits-1), 2^(bits-1)-1]}), plain binary
 * when unsigned ({@code [0, 2^bits-1]}). This is the ANT artifact's {@code int_value()} grid
 * (signed grids include {@code -2^(bits-1)}); a quantizer maps it to real values with a scale
 * (and, for {@link AffineQuantization asymmetric} use, a zero point).
 *
 * @param bits codeword width, 1..16
 * @param signed two's complement when true
 */
public record IntType(int bits, boolean signed) implements NumericType {

    public IntType {
        if (bits < 1 || bits > 16 || (signed && bits < 2)) {
            throw new IllegalArgumentException("int type: bits must be in 1..16 (2..16 if signed), got " + bits);
        }
    }

    @Override
    public String name() {
        return "int" + bits + (signed ? "s" : "u");
    }

    @Override
    public double decode(int code) {
        NumericType.checkCode(code, bits);
        if (signed && code >= (1 << (bits - 1))) {
            return code - (1 << bits);
        }
        return code;
    }

    /** Smallest integer value. */
    public int minInt() {
        return signed ? -(1 << (bits - 1)) : 0;
    }

    /** Largest integer value. */
    public int maxInt() {
        return signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
    }

    @Override
    public double maxValue() {
        return maxInt();
    }

    @Override
    public int nearestCode(double x) {
        long q = (long) Math.floor(x + 0.5); // ties to the larger value
        q = Math.max(minInt(), Math.min(maxInt(), q));
        return (int) (q & ((1L << bits) - 1));
    }

    @Override
    public double quantize(double x) {
        return decode(nearestCode(x));
    }

    @Override
    public int encode(double value) {
        if (value != Math.rint(value) || value < minInt() || value > maxInt()) {
            throw new IllegalArgumentException(value + " is not a value of " + name());
        }
        return (int) ((long) value & ((1L << bits) - 1));
    }
}
