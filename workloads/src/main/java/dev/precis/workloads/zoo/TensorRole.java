package dev.precis.workloads.zoo;

/**
 * Which operand of a layer's GEMM a tensor is: decides how a quantizer treats it (weights are
 * signed and calibrated per output channel; both activation roles per tensor, unsigned unless a
 * value is negative). The codes are fixed forever: they enter the per-tensor seed derivation and
 * the trace file format.
 */
public enum TensorRole {
    /** Operand A: the layer's input activations. */
    INPUT(1),
    /** Operand B of a convolution or fully connected layer. */
    WEIGHT(2),
    /** Operand B of an attention product: a second activation tensor. */
    SECOND_INPUT(3);

    private final int code;

    TensorRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TensorRole fromCode(int code) {
        for (TensorRole role : values()) {
            if (role.code == code) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown tensor role code " + code);
    }
}
