package dev.precis.workloads.quant;

/** Which GEMM operand a tensor is: decides signedness rules and per-channel treatment. */
public enum TensorRole {
    /** Weights {@code [N, K]}: signed, calibrated per output channel (row). */
    WEIGHT,
    /** Activations {@code [M, K]}: unsigned unless a value is negative, calibrated per tensor. */
    ACTIVATION
}
