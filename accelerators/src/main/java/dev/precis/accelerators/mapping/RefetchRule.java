package dev.precis.accelerators.mapping;

/**
 * How often a tensor crosses the memory interface under a loop order: the ANT artifact's promotion rule
 * (optimizer.py {@code get_stats_fast}, the loop over {@code reversed(order_type)}).
 *
 * <p>Walking the loops from the innermost outwards, the resident block of the tensor starts as one tile.
 * A loop that indexes the tensor grows the block by its trip count as long as the grown block still fits
 * in half the tensor's buffer; a loop that does not index it reuses the block. The first indexing loop
 * whose growth would overflow half the buffer stops the promotion: from there outwards every loop,
 * indexing the tensor or not, re-transfers the block once per iteration. So
 * {@code DRAM bits = block x (trip counts of the overflowing loop and every loop outside it)}, and the
 * block changes whenever one of those loops steps ({@link OperandTraffic#refetchDepth()} of them,
 * counted from the outermost; 0 when the whole tensor stays resident).
 *
 * <p>Outputs follow the same rule for their write-back. For them the artifact also keeps a "last
 * write-back" term that it does not overlap with compute: the output tile, when the innermost loop
 * indexing the outputs already overflows; otherwise zero (optimizer.py resets it to the output
 * <em>write</em> counter, which is always zero, once the block has grown: a quirk reproduced here).
 */
final class RefetchRule {

    private RefetchRule() {
    }

    /** Index of {@link #apply}'s block in its scratch array. */
    static final int BLOCK = 0;
    /** Index of the refetch depth (number of outermost loops that re-transfer the block). */
    static final int DEPTH = 1;
    /** Index of the not-overlapped last write-back (outputs only; 0 for other operands). */
    static final int DRAIN = 2;

    /**
     * Applies the rule to one operand.
     *
     * @param order    loop ordinals, outermost first
     * @param counts   trip count of each loop, by ordinal
     * @param tileBits bits of one tile of the operand
     * @param halfBits half the operand's buffer, in bits
     * @param scratch  receives the block, the refetch depth and the drain at {@link #BLOCK}, {@link #DEPTH}, {@link #DRAIN}
     * @return bits of the operand crossing the memory interface over the whole layer
     */
    static long apply(int[] order, long[] counts, long tileBits, long halfBits, Operand operand, long[] scratch) {
        long size = tileBits;
        long block = tileBits;
        long drain = operand == Operand.OUTPUTS ? tileBits : 0;
        int depth = 0;
        boolean promoting = true;
        for (int position = order.length - 1; position >= 0; position--) {
            int dim = order[position];
            if (promoting) {
                if (LoopDim.of(dim).indexes(operand)) {
                    size = Math.multiplyExact(size, counts[dim]);
                    if (size > halfBits) {
                        promoting = false;
                        depth = position + 1;
                    } else {
                        block = size;
                        drain = 0;
                    }
                }
            } else {
                size = Math.multiplyExact(size, counts[dim]);
            }
        }
        scratch[BLOCK] = block;
        scratch[DEPTH] = depth;
        scratch[DRAIN] = drain;
        return size;
    }

    /** The public view of {@link #apply} for one operand. */
    static OperandTraffic traffic(LoopOrder order, long[] counts, long tileBits, long halfBits, Operand operand) {
        long[] scratch = new long[3];
        long total = apply(order.ordinals(), counts, tileBits, halfBits, operand, scratch);
        return new OperandTraffic(operand, tileBits, scratch[BLOCK], total, (int) scratch[DEPTH], scratch[DRAIN]);
    }
}
