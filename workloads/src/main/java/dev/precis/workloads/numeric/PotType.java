package dev.precis.workloads.numeric;

/**
 * Power of two (ANT artifact {@code pot_value()}): 0 and {@code 2^i} for {@code i = 0..2^B-2},
 * B = value bits. Magnitude codeword {@code c}: 0 is zero, otherwise the value is {@code 2^(c-1)}.
 * Signed types are sign-magnitude (the pattern {@code 10...0} is a second zero).
 *
 * @param bits codeword width (2..9 signed, 1..8 unsigned: larger grids overflow useful ranges)
 * @param signed sign-magnitude when true
 */
public record PotType(int bits, boolean signed) implements NumericType {

    public PotType {
        int valueBits = signed ? bits - 1 : bits;
        if (valueBits < 1 || valueBits > 8) {
            throw new IllegalArgumentException("pot: value bits must be in 1..8, got bits=" + bits + " signed=" + signed);
        }
    }

    /** Magnitude bits. */
    public int valueBits() {
        return signed ? bits - 1 : bits;
    }

    @Override
    public String name() {
        return "pot" + bits + (signed ? "s" : "u");
    }

    @Override
    public double decode(int code) {
        NumericType.checkCode(code, bits);
        int b = valueBits();
        int magnitude = code & ((1 << b) - 1);
        double v = magnitude == 0 ? 0.0 : Math.scalb(1.0, magnitude - 1);
        boolean negative = signed && (code >>> b) != 0;
        return negative ? -v : v;
    }
}
