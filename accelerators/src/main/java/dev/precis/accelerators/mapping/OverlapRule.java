package dev.precis.accelerators.mapping;

/**
 * How memory transfers overlap compute when a tile schedule is timed over a memory interface of
 * {@code W} bits per cycle. This is the contract between the analytical evaluator and any replay of a
 * {@link TileSchedule} (see the package documentation).
 */
public enum OverlapRule {
    /**
     * The ANT artifact's rule (optimizer.py {@code get_stats_fast}), used for every figure it reports:
     * {@code cycles = ceil(fill / W) + max(compute, ceil(middle / W)) + ceil(drain / W)}, where {@code fill} is
     * the first step's reads, {@code drain} the schedule's not-overlapped last write-back
     * ({@link TileSchedule#drainBits()}) and {@code middle} every other transferred bit. Memory and compute
     * overlap over the whole layer: a replay reproduces it when the DMA streams the middle traffic back to back
     * while the array runs its steps back to back, neither waiting for the other.
     */
    LAYER_AGGREGATE,
    /**
     * A stricter rule, what two buffer halves per operand give when a step may only start once its own
     * operands are in: while step {@code i} computes, the interface loads step {@code i+1}'s reads and writes
     * back step {@code i-1}'s outputs, so
     * {@code cycles = ceil(R_0 / W) + sum_i max(C_i, ceil((R_{i+1} + Wr_{i-1}) / W)) + ceil(Wr_last / W)}.
     * Never fewer cycles than {@link #LAYER_AGGREGATE}: a sum of per-step maxima is at least the maximum of the sums.
     */
    DOUBLE_BUFFERED;

    /** Stall cycles of the layer-aggregate rule. */
    static long aggregateStallCycles(long computeCycles, long fillBits, long middleBits, long drainBits,
                                     int interfaceBitsPerCycle) {
        long latency = ceilDiv(fillBits, interfaceBitsPerCycle) + ceilDiv(drainBits, interfaceBitsPerCycle);
        long memory = ceilDiv(middleBits, interfaceBitsPerCycle);
        return Math.max(0, memory - computeCycles) + latency;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
