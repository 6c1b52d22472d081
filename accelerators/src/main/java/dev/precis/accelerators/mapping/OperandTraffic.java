package dev.precis.accelerators.mapping;

/**
 * One operand's memory traffic under a mapping ({@link RefetchRule}).
 *
 * @param operand      which tensor
 * @param tileBits     bits of one tile
 * @param blockBits    bits resident at once: the tile grown over the inner loops that index it while it fits
 *                     in half its buffer; transferred each time it changes
 * @param dramBits     bits crossing the memory interface over the layer
 * @param refetchDepth how many outermost loops re-transfer the block when they step (0: transferred once)
 * @param drainBits    outputs only: the last write-back the artifact does not overlap with compute
 */
public record OperandTraffic(Operand operand, long tileBits, long blockBits, long dramBits, int refetchDepth,
                             long drainBits) {

    /** How many times the block is transferred. */
    public long transfers() {
        return dramBits / blockBits;
    }
}
