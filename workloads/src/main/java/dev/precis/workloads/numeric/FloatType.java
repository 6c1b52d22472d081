package dev.precis.workloads.numeric;

/**
 * A small float with subnormals and no infinities (ANT artifact {@code float_value(eb)}):
 * magnitude codeword = exponent field {@code e} ({@code exponentBits}) then mantissa {@code j}
 * ({@code m = B - exponentBits} bits); {@code e = 0} is subnormal {@code j * 2^-m}, otherwise the
 * value is {@code 2^(e-1) * (1 + j * 2^-m)}. Signed types are sign-magnitude.
 * The artifact uses {@code exponentBits = 3} (2 when B = 2).
 *
 * @param bits codeword width
 * @param signed sign-magnitude when true
 * @param exponentBits exponent field width, 1..B
 */
public record FloatType(int bits, boolean signed, int exponentBits) implements NumericType {

    public FloatType {
        int valueBits = signed ? bits - 1 : bits;
        if (valueBits < 1 || bits > 16) {
            throw new IllegalArgumentException("float: bits must leave 1..15 value bits, got bits=" + bits);
        }
        if (exponentBits < 1 || exponentBits > valueBits || exponentBits > 8) {
            throw new IllegalArgumentException("float: exponentBits must be in 1..min(8, value bits "
                    + valueBits + "), got " + exponentBits);
        }
    }

    /** The ANT artifact's float for a bit width: 3 exponent bits, or 2 when only 2 value bits remain. */
    public static FloatType ant(int bits, boolean signed) {
        int valueBits = signed ? bits - 1 : bits;
        return new FloatType(bits, signed, Math.min(3, valueBits));
    }

    /** Magnitude bits. */
    public int valueBits() {
        return signed ? bits - 1 : bits;
    }

    /** Mantissa bits. */
    public int mantissaBits() {
        return valueBits() - exponentBits;
    }

    @Override
    public String name() {
        return "float" + bits + (signed ? "s" : "u") + "e" + exponentBits;
    }

    @Override
    public double decode(int code) {
        NumericType.checkCode(code, bits);
        int b = valueBits();
        int m = mantissaBits();
        int magnitude = code & ((1 << b) - 1);
        int e = magnitude >>> m;
        int j = magnitude & ((1 << m) - 1);
        double fraction = j / (double) (1 << m);
        double v = e == 0 ? fraction : Math.scalb(1.0 + fraction, e - 1);
        boolean negative = signed && (code >>> b) != 0;
        return negative ? -v : v;
    }
}
