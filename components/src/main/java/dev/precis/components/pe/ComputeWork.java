package dev.precis.components.pe;

import dev.precis.tlm.ExtensionKey;

/**
 * One block of a layer's GEMM for a PE array: {@code dims} = the block's m x n x k, at the block's operand
 * precisions, under a dataflow. Carried by {@code Command.COMPUTE} transactions under {@link #KEY}.
 */
public record ComputeWork(String layer, GemmDims dims, OperandPrecision precision, Dataflow dataflow) {
    public static final ExtensionKey<ComputeWork> KEY = ExtensionKey.of("pe.work", ComputeWork.class);
}
