package dev.precis.components.pe;

/** Bit widths of the two multiplicands of a layer (or tile): weights and activations. */
public record OperandPrecision(int weightBits, int activationBits) {

    public OperandPrecision {
        if (weightBits <= 0 || activationBits <= 0) {
            throw new IllegalArgumentException("operand precision must be positive, got w" + weightBits + " a" + activationBits);
        }
    }

    /** Both operands at {@code bits}. */
    public static OperandPrecision uniform(int bits) {
        return new OperandPrecision(bits, bits);
    }
}
