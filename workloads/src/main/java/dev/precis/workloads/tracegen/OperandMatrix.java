package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.tensor.FloatTensor;
import java.util.Locale;

/**
 * Materialises a GEMM operand as the dense matrix the quantizers of {@code quant} take: its
 * groups stacked, {@code [groups * rows, cols]}, each row running along K (im2col rows for a
 * convolution's input, so padding appears as zeros exactly as it streams into the array).
 *
 * <p>Stacking keeps a layer's statistics per layer (one static scale over all groups, as the
 * quantizers calibrate a tensor), and with tiles of one row, or of a row count that divides the
 * group's rows, the quantizer's row-major tiles of the stacked matrix are exactly the trace grid's
 * tiles in its order (group, row tile, K tile).
 */
final class OperandMatrix {

    private OperandMatrix() {
    }

    /** The stacked matrix of the operand (a fresh array). */
    static FloatTensor stacked(GemmOperand operand) {
        int groups = operand.groups();
        int rows = operand.rows();
        int cols = operand.cols();
        long size = (long) groups * rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s operand of %d x %d x %d values is too large to quantize in one array", operand.role(), groups,
                    rows, cols));
        }
        float[] values = new float[(int) size];
        float[] row = new float[cols];
        int offset = 0;
        for (int g = 0; g < groups; g++) {
            for (int r = 0; r < rows; r++) {
                operand.readRow(g, r, row);
                System.arraycopy(row, 0, values, offset, cols);
                offset += cols;
            }
        }
        return FloatTensor.matrix(values, groups * rows, cols);
    }

    /**
     * Checks that tiles of {@code tileRows} rows of the stacked matrix never straddle two groups,
     * so that they coincide with the trace grid's tiles.
     */
    static void requireAlignedTiles(LayerOperands layer, GemmOperand operand, int tileRows, String quantizer) {
        if (operand.groups() > 1 && operand.rows() % tileRows != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: layer %d (%s), %s operand: tiles of %d rows do not divide the %d rows of each of its %d "
                            + "groups; use tiles of 1 row or a divisor of %d", quantizer, layer.layerIndex(),
                    layer.layer().name(), operand.role(), tileRows, operand.rows(), operand.groups(), operand.rows()));
        }
    }

    /** The operand's role as a statistic-name segment: {@code input}, {@code weight}, {@code second_input}. */
    static String label(GemmOperand operand) {
        return label(operand.role());
    }

    static String label(dev.precis.workloads.zoo.TensorRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
