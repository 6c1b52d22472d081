package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;

/**
 * One layer as the replay sees it, read from a trace's layer record: the mapper's view of its shape, its GEMM
 * (one copy; {@code copies} run one after another), the operand precisions and formats the quantizer chose, and
 * the multiply-accumulates it really has.
 *
 * @param index     0-based position in the workload
 * @param name      layer name
 * @param shape     the ANT artifact mapper's view ({@link LayerShape#of})
 * @param gemm      one copy's GEMM (M x N x K)
 * @param copies    GEMM copies (groups of a grouped convolution, heads of an attention product)
 * @param precision operand bits
 * @param formats   operand number formats (from the trace's type names)
 * @param macs      multiply-accumulates of the whole layer
 */
public record ReplayLayer(int index, String name, LayerShape shape, GemmDims gemm, long copies,
                          OperandPrecision precision, OperandFormats formats, long macs) {
    public ReplayLayer {
        if (copies < 1) throw new IllegalArgumentException(name + ": copies must be >= 1, got " + copies);
    }
}
