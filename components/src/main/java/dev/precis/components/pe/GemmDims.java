package dev.precis.components.pe;

/**
 * One matrix product as a PE array sees it: {@code m} output rows (output pixels of every image),
 * {@code n} output columns (filters), each the dot product of length {@code k} (the receptive field,
 * kernel height x kernel width x input channels).
 */
public record GemmDims(long m, long n, long k) {

    public GemmDims {
        if (m <= 0 || n <= 0 || k <= 0) {
            throw new IllegalArgumentException("GEMM dimensions must be positive: m=" + m + " n=" + n + " k=" + k);
        }
    }

    /** Multiply-accumulates of the product. */
    public long macs() {
        return Math.multiplyExact(Math.multiplyExact(m, n), k);
    }
}
