package dev.precis.components.pe;

/**
 * A precision-flexible array of fusion units built from bit-bricks (BitFusion, Sharma et al., ISCA 2018):
 * each of the {@code rows x cols} PEs holds {@code (maxBits / minBits)^2} bricks of
 * {@code minBits x minBits} multipliers, fused into one {@code maxBits x maxBits} MAC or split into
 * several narrower ones. With BitFusion's 2-bit bricks an 8b x 8b MAC is 16 bricks and the PE's
 * throughput scales as {@code (8 / wbits) x (8 / abits)}.
 *
 * <p>Precision factor, as the ANT artifact generalises it (clevercool/ANT-Quantization,
 * ant_simulator/bitfusion/src/simulator/accelerator.py, {@code get_perf_factor}):
 * {@code pf(p) = floor(maxBits / max(p, minBits))} per operand, so precisions below {@code minBits} run
 * at {@code minBits} and, e.g., 6-bit operands on an 8/4 array run at the 8-bit rate. Note that this is
 * the artifact's rule, not a power-of-two fusion rule: the two agree for maxBits 8 (every ANT design)
 * but differ for wider arrays (pf(5) = 3 at maxBits 16, where fused bricks would give 2).
 *
 * <p>Per-tile compute cycles (the artifact's formulas; the array is {@code rows} "inputs" N by
 * {@code cols} "outputs" M, no pipeline fill or drain is counted):
 * <ul>
 *   <li>output stationary: {@code ceil(m / (rows pf_a)) x ceil(n / (cols pf_w)) x k};</li>
 *   <li>weight stationary: {@code m x ceil(n / (cols pf_w)) x ceil(k / (rows pf_a))}.</li>
 * </ul>
 *
 * @param rows                   N, the array's input dimension
 * @param cols                   M, the array's output dimension
 * @param maxBits                widest operand a fused PE multiplies at full rate (pmax)
 * @param minBits                narrowest precision the bricks split into (pmin, the brick width)
 * @param precisionSwitchCycles  cycles lost whenever consecutive work changes precision
 *                               (reconfiguring the fusion); the ANT artifact charges none
 */
public record BitBrickArray(int rows, int cols, int maxBits, int minBits, long precisionSwitchCycles) {

    public BitBrickArray {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("bit-brick array needs positive rows and cols, got " + rows + "x" + cols);
        }
        if (minBits <= 0 || maxBits < minBits) {
            throw new IllegalArgumentException("bit-brick array needs 0 < minBits <= maxBits, got minBits=" + minBits
                    + " maxBits=" + maxBits);
        }
        if (precisionSwitchCycles < 0) {
            throw new IllegalArgumentException("precisionSwitchCycles must be >= 0, got " + precisionSwitchCycles);
        }
    }

    /** An array with no precision-switch cost, as the ANT artifact models it. */
    public static BitBrickArray of(int rows, int cols, int maxBits, int minBits) {
        return new BitBrickArray(rows, cols, maxBits, minBits, 0);
    }

    /** Bricks per PE: {@code (maxBits / minBits)^2} (16 for BitFusion's 8-bit PE of 2-bit bricks). */
    public int bricksPerPe() {
        int split = maxBits / minBits;
        return split * split;
    }

    /** How many operands of {@code bits} one PE lane handles per cycle: {@code floor(maxBits / max(bits, minBits))}. */
    public int precisionFactor(int bits) {
        if (bits <= 0 || bits > maxBits) {
            throw new IllegalArgumentException("precision " + bits + " bits is outside 1.." + maxBits
                    + " of this " + maxBits + "/" + minBits + "-bit array");
        }
        return maxBits / Math.max(bits, minBits);
    }

    /** Peak multiply-accumulates per cycle at this precision: {@code rows x cols x pf_w x pf_a}. */
    public long macsPerCycle(OperandPrecision p) {
        return (long) rows * cols * precisionFactor(p.weightBits()) * precisionFactor(p.activationBits());
    }

    /** Compute cycles of an m x n x k product (m output rows, n output columns, reduction k) under {@code dataflow}. */
    public long computeCycles(GemmDims gemm, OperandPrecision p, Dataflow dataflow) {
        long rowLanes = (long) rows * precisionFactor(p.activationBits());
        long colLanes = (long) cols * precisionFactor(p.weightBits());
        return switch (dataflow) {
            case OUTPUT_STATIONARY -> Math.multiplyExact(
                    Math.multiplyExact(ceilDiv(gemm.m(), rowLanes), ceilDiv(gemm.n(), colLanes)), gemm.k());
            case WEIGHT_STATIONARY -> Math.multiplyExact(
                    Math.multiplyExact(gemm.m(), ceilDiv(gemm.n(), colLanes)), ceilDiv(gemm.k(), rowLanes));
            case INPUT_STATIONARY -> throw new IllegalArgumentException(
                    "the bit-brick array (ANT/BitFusion artifact) has no input-stationary dataflow");
        };
    }

    /** Cycles lost switching from {@code previous} (null before the first work) to {@code next}. */
    public long switchCycles(OperandPrecision previous, OperandPrecision next) {
        return previous == null || previous.equals(next) ? 0 : precisionSwitchCycles;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
