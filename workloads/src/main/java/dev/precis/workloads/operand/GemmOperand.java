package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.TensorRole;

/**
 * A GEMM operand seen as {@code groups} matrices of {@code rows} x {@code cols}, each row
 * running along the reduction dimension K: operand A has M rows (im2col rows for a
 * convolution), operand B has N rows (one per output channel; B transposed). Rows are
 * produced on demand, so an im2col view never has to be materialised.
 */
public interface GemmOperand {

    TensorRole role();

    /** The underlying tensor in its PyTorch layout (see {@code TensorShapes}). */
    FloatTensor tensor();

    int groups();

    int rows();

    int cols();

    /** Copies row {@code row} of group {@code group} (cols() values along K) into {@code destination}. */
    void readRow(int group, int row, float[] destination);
}
