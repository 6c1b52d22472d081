package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.TensorRole;

/**
 * Operand B of an attention product, stored [batch, heads, k, n]: GEMM row j (one per
 * output column) gathers column j of each (sample, head) matrix, so rows run along K.
 */
final class TransposedOperand implements GemmOperand {

    private final FloatTensor tensor;
    private final int groups;
    private final int k;
    private final int n;

    TransposedOperand(FloatTensor tensor, int groups, int k, int n) {
        if ((long) groups * k * n != tensor.size()) {
            throw new IllegalArgumentException(tensor + " does not hold " + groups + " x " + k + " x " + n);
        }
        this.tensor = tensor;
        this.groups = groups;
        this.k = k;
        this.n = n;
    }

    @Override
    public TensorRole role() {
        return TensorRole.SECOND_INPUT;
    }

    @Override
    public FloatTensor tensor() {
        return tensor;
    }

    @Override
    public int groups() {
        return groups;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int cols() {
        return k;
    }

    @Override
    public void readRow(int group, int row, float[] destination) {
        float[] v = tensor.values();
        int base = group * k * n + row;
        for (int i = 0; i < k; i++) {
            destination[i] = v[base + i * n];
        }
    }
}
