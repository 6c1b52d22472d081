package dev.precis.components.pe;

/**
 * How a dataflow lays a GEMM onto the array, in SCALE-Sim v2's terms
 * (scalesim/compute/systolic_compute_{os,ws,is}.py): {@code spatialRows} (Sr) values are spread over
 * the array's rows, {@code spatialCols} (Sc) over its columns, and {@code temporal} (T) values stream
 * through each PE in time.
 */
public record OperandMapping(Dataflow dataflow, long spatialRows, long spatialCols, long temporal) {

    public OperandMapping {
        if (dataflow == null) {
            throw new IllegalArgumentException("dataflow is required");
        }
        if (spatialRows <= 0 || spatialCols <= 0 || temporal <= 0) {
            throw new IllegalArgumentException("operand mapping dimensions must be positive: Sr=" + spatialRows
                    + " Sc=" + spatialCols + " T=" + temporal);
        }
    }

    /** Output stationary: Sr = M, Sc = N, T = K; weight stationary: Sr = K, Sc = N, T = M; input stationary: Sr = K, Sc = M, T = N. */
    public static OperandMapping of(GemmDims gemm, Dataflow dataflow) {
        return switch (dataflow) {
            case OUTPUT_STATIONARY -> new OperandMapping(dataflow, gemm.m(), gemm.n(), gemm.k());
            case WEIGHT_STATIONARY -> new OperandMapping(dataflow, gemm.k(), gemm.n(), gemm.m());
            case INPUT_STATIONARY -> new OperandMapping(dataflow, gemm.k(), gemm.m(), gemm.n());
        };
    }
}
