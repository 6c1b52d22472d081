package dev.precis.workloads.numeric;

/**
 * ANT's flint ("float-int"): a fixed-length type whose exponent is written in a first-one code,
 * so small exponents leave more bits to the mantissa (int-like resolution near 1) and large ones
 * fewer (float-like range).
 *
 * <p>Grid (ANT artifact {@code flint_value()}, B = value bits = bits minus 1 if signed): 0;
 * exponent {@code -(eb-1)} for eb = 2..B with {@code B-eb} mantissa bits; exponent 0 with
 * {@code B-2}; exponent {@code i = 1..B-2} with {@code B-(i+2)}; finally {@code 2^(B-1)}.
 *
 * <p>Magnitude codeword (B bits), our reading of the ANT paper's encoding, chosen so that the
 * codeword order is the value order: {@code 0...0} is zero; {@code z} leading zeros then a one
 * ({@code z >= 1}) give exponent {@code -z} and the remaining {@code B-z-1} bits are the mantissa;
 * {@code o} leading ones then a zero ({@code 1 <= o <= B-1}) give exponent {@code o-1} with
 * {@code B-o-1} mantissa bits; all ones is the maximum {@code 2^(B-1)}. Example, 4-bit unsigned:
 * 0000=0, 0001=0.125, 001m=0.25/0.375, 01mm=0.5..0.875, 10mm=1..1.75, 110m=2/3, 1110=4, 1111=8.
 * Signed types put a sign bit in front of a (bits-1)-bit magnitude (sign-magnitude; the
 * pattern {@code 10...0} is a second zero, as the artifact pads the signed grid with a second 0).
 *
 * @param bits codeword width (3..16 signed, 2..16 unsigned)
 * @param signed sign-magnitude when true
 */
public record FlintType(int bits, boolean signed) implements NumericType {

    public FlintType {
        int valueBits = signed ? bits - 1 : bits;
        if (valueBits < 2 || bits > 16) {
            throw new IllegalArgumentException(
                    "flint: needs at least 2 value bits and at most 16 bits, got bits=" + bits + " signed=" + signed);
        }
    }

    /** Magnitude bits (B in the artifact). */
    public int valueBits() {
        return signed ? bits - 1 : bits;
    }

    @Override
    public String name() {
        return "flint" + bits + (signed ? "s" : "u");
    }

    @Override
    public double decode(int code) {
        NumericType.checkCode(code, bits);
        int b = valueBits();
        int magnitude = code & ((1 << b) - 1);
        double v = decodeMagnitude(magnitude, b);
        boolean negative = signed && (code >>> b) != 0;
        return negative ? -v : v;
    }

    private static double decodeMagnitude(int c, int b) {
        if (c == 0) {
            return 0.0;
        }
        boolean top = ((c >>> (b - 1)) & 1) != 0;
        int run = 0;
        int bit = b - 1;
        while (bit >= 0 && (((c >>> bit) & 1) != 0) == top) {
            run++;
            bit--;
        }
        if (top && run == b) {
            return Math.scalb(1.0, b - 1); // all ones: the maximum 2^(B-1)
        }
        int exponent = top ? run - 1 : -run;
        int mantissaBits = b - run - 1; // the run and its terminating bit are the exponent field
        int mantissa = c & ((1 << mantissaBits) - 1);
        return Math.scalb(1.0 + mantissa / (double) (1 << mantissaBits), exponent);
    }
}
