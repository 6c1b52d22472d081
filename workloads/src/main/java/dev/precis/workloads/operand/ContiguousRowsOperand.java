package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.TensorRole;

/**
 * An operand whose GEMM rows are already contiguous in the tensor: fully connected inputs
 * [batch, rows, in], weights [out, in] and [outC, inC/groups, kH, kW], and attention
 * operand A [batch, heads, m, k]. Row r of group g starts at ((g x rows) + r) x cols.
 */
final class ContiguousRowsOperand implements GemmOperand {

    private final TensorRole role;
    private final FloatTensor tensor;
    private final int groups;
    private final int rows;
    private final int cols;

    ContiguousRowsOperand(TensorRole role, FloatTensor tensor, int groups, int rows, int cols) {
        if ((long) groups * rows * cols != tensor.size()) {
            throw new IllegalArgumentException(tensor + " does not hold " + groups + " x " + rows + " x " + cols);
        }
        this.role = role;
        this.tensor = tensor;
        this.groups = groups;
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public TensorRole role() {
        return role;
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
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public void readRow(int group, int row, float[] destination) {
        System.arraycopy(tensor.values(), ((group * rows) + row) * cols, destination, 0, cols);
    }
}
