package dev.precis.workloads.zoo;

/**
 * The GEMM view of one layer: {@code count} independent products of an M x K operand A
 * (activations) and a K x N operand B (weights, or a second activation for attention).
 *
 * <p>{@code count} is the number of groups of a grouped/depthwise convolution, or
 * heads x batch for attention matrix products; every one of the {@code count} GEMMs has
 * the same M, N and K.
 */
public record GemmShape(long m, long n, long k, long count) {

    public GemmShape {
        if (m <= 0 || n <= 0 || k <= 0 || count <= 0) {
            throw new IllegalArgumentException(
                    "GEMM dimensions must be positive: M=" + m + " N=" + n + " K=" + k + " count=" + count);
        }
    }

    /** Multiply-accumulate operations of all {@code count} GEMMs. */
    public long macs() {
        return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(m, n), k), count);
    }
}
