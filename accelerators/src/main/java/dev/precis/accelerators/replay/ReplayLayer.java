package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.components.pe.SliceStats;

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
 * @param tiles     the input activation tiles' recorded runtime precisions (the trace's PRECISION column), or
 *                  null when the trace has none
 * @param slices    the input activations' high-order slice statistics summed over the layer (the trace's HO_SLICES
 *                  fields, Panacea's quantizer), or null
 */
public record ReplayLayer(int index, String name, LayerShape shape, GemmDims gemm, long copies,
                          OperandPrecision precision, OperandFormats formats, long macs, InputTiles tiles,
                          SliceStats slices) {
    public ReplayLayer {
        if (copies < 1) throw new IllegalArgumentException(name + ": copies must be >= 1, got " + copies);
    }

    /** A layer without per-tile records. */
    public ReplayLayer(int index, String name, LayerShape shape, GemmDims gemm, long copies, OperandPrecision precision,
                       OperandFormats formats, long macs) {
        this(index, name, shape, gemm, copies, precision, formats, macs, null, null);
    }

    /**
     * The input operand's tiles, {@code tileRows x tileK} values each in the trace's tile order (group, row tile,
     * K tile), with each tile's runtime precision in bits. One layer's column, held while that layer runs.
     */
    public record InputTiles(int tileRows, int tileK, byte[] precisionBits) {
        public InputTiles {
            precisionBits = precisionBits.clone();
        }

        @Override
        public byte[] precisionBits() {
            return precisionBits.clone();
        }

        public int count() {
            return precisionBits.length;
        }

        /** Tiles {@code [from, from + n)}. */
        public byte[] slice(int from, int n) {
            return java.util.Arrays.copyOfRange(precisionBits, from, from + n);
        }
    }
}
