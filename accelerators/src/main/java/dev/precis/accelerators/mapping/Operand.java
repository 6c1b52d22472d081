package dev.precis.accelerators.mapping;

/** The three tensors a layer moves between DRAM and its buffers. */
public enum Operand {
    /** Read from DRAM into the weight buffer. */
    WEIGHTS,
    /** Activations read from DRAM into the input buffer. */
    INPUTS,
    /** Results written from the output buffer back to DRAM. */
    OUTPUTS
}
