package dev.precis.workloads.zoo;

/**
 * A product of two activation tensors, per head and per sample: attention scores
 * (Q x K^T: m = queries, n = keys, k = head dimension) or attention output
 * (P x V: m = queries, n = head dimension, k = keys).
 *
 * <p>Lowering: every (sample, head) pair is its own GEMM because operand B differs per
 * sample: M = m, N = n, K = k, count = batch x heads.
 */
public record MatMulLayer(String name, int m, int n, int k, int heads,
                          ActivationKind inputKind, ActivationKind secondOperandKind) implements Layer {

    public MatMulLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("matmul layer needs a name");
        }
        if (m <= 0 || n <= 0 || k <= 0 || heads <= 0) {
            throw new IllegalArgumentException(name + ": m, n, k and heads must be positive, got "
                    + m + ", " + n + ", " + k + ", " + heads);
        }
        if (inputKind == null || secondOperandKind == null) {
            throw new IllegalArgumentException(name + ": operand kinds are required");
        }
    }

    @Override
    public GemmShape gemm(int batch) {
        Layer.requirePositiveBatch(batch);
        return new GemmShape(m, n, k, (long) batch * heads);
    }

    @Override
    public boolean hasWeights() {
        return false;
    }

    @Override
    public MatMulLayer renamed(String newName) {
        return new MatMulLayer(newName, m, n, k, heads, inputKind, secondOperandKind);
    }

    @Override
    public String kind() {
        return "matmul";
    }
}
