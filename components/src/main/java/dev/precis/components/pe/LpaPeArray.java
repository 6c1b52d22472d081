package dev.precis.components.pe;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;

/**
 * LPA's PE array (Ramachandran et al., DAC 2024, arXiv 2403.05465) as a pure model, our reconstruction: the
 * paper describes "a unified mixed-precision LP accelerator whose PEs incorporate LP in the datapath"; the
 * structure below is ours, built from that description and the LP format (PAPERS.md section 2).
 *
 * <p>Each PE multiplies in the log domain: the decoded logs of weight and activation (regime, exponent and log
 * fraction as one fixed-point number) are added; the sum's fraction indexes a table of {@code 2^f} mantissas
 * (the conversion to linear) and its integer part shifts that mantissa into a linear fixed-point accumulator.
 * Decoders (regime run detection and field alignment) sit at the array's edges, one per row and column, as in
 * ANT. Mixed precision per layer: each block carries its layer's LP(n, es, rs, sf) for both operands; a PE's
 * {@code maxBits}-wide log adder splits into {@code maxBits / minBits} narrower ones, so a PE does
 * {@code floor(maxBits / max(n, minBits))} products per cycle (one adder per product, unlike bit-bricks, where
 * the multiplier area grows with both widths).
 *
 * <p>Timing (same shape as the bit-brick array, the split applied to the row lanes): output stationary
 * {@code ceil(m / (rows pf)) x ceil(n / cols) x k}, weight stationary {@code m x ceil(n / cols) x
 * ceil(k / (rows pf))}, plus {@code pipelineStages} of fill for decode and conversion, plus the switch cost.
 *
 * <p>Energy per busy cycle: every product lane of every PE (as the ANT artifact charges every PE per busy
 * cycle) pays its log adder, table lookup, shifter and accumulator add; plus the edge decoders per operand
 * entering. All parts from {@link DatapathCosts}, 28 nm.
 */
public final class LpaPeArray {
    private final int rows;
    private final int cols;
    private final int maxBits;
    private final int minBits;
    private final int fractionBits;
    private final int shiftStages;
    private final int accumulatorBits;
    private final int pipelineStages;
    private final long precisionSwitchCycles;
    private final double leakageMw;
    private final double areaMm2;

    /**
     * @param rows                  array rows (the input dimension)
     * @param cols                  array columns (the output dimension)
     * @param maxBits               widest LP word a PE takes (one product per cycle)
     * @param minBits               narrowest split of the log adder
     * @param fractionBits          log-fraction bits the conversion table takes (its address width)
     * @param shiftStages           stages of the linearising shifter: products of 2^shiftStages binades fit
     * @param accumulatorBits       linear accumulator width
     * @param pipelineStages        stages added for decode and conversion (pipeline fill per block)
     * @param precisionSwitchCycles cycles lost when consecutive blocks change word size
     */
    public LpaPeArray(int rows, int cols, int maxBits, int minBits, int fractionBits, int shiftStages,
                      int accumulatorBits, int pipelineStages, long precisionSwitchCycles) {
        if (rows <= 0 || cols <= 0 || minBits <= 0 || maxBits < minBits || maxBits % minBits != 0) {
            throw new IllegalArgumentException("LPA array needs positive rows and cols and maxBits a multiple of minBits, got "
                    + rows + "x" + cols + ", " + maxBits + "/" + minBits);
        }
        if (fractionBits < 0 || shiftStages < 1 || accumulatorBits < 1 || pipelineStages < 0 || precisionSwitchCycles < 0) {
            throw new IllegalArgumentException("LPA array needs fractionBits >= 0, shiftStages >= 1, accumulatorBits >= 1, "
                    + "pipelineStages >= 0 and precisionSwitchCycles >= 0");
        }
        this.rows = rows;
        this.cols = cols;
        this.maxBits = maxBits;
        this.minBits = minBits;
        this.fractionBits = fractionBits;
        this.shiftStages = shiftStages;
        this.accumulatorBits = accumulatorBits;
        this.pipelineStages = pipelineStages;
        this.precisionSwitchCycles = precisionSwitchCycles;
        int lanes = maxBits / minBits;
        PartCost lane = conversionAndAccumulate().plus(DatapathCosts.adder(minBits))
                .plus(DatapathCosts.register(accumulatorBits));
        PartCost pe = lane.times(lanes).plus(DatapathCosts.register(2 * maxBits));
        SiliconCost array = DatapathCosts.at28nm(pe.areaOnly()).times((double) rows * cols)
                .plus(DatapathCosts.at28nm(edgeDecoder(maxBits).areaOnly()).times(rows + cols));
        this.areaMm2 = array.areaMm2();
        this.leakageMw = array.leakageMw();
    }

    /** The table lookup, the shifter and the accumulator add of one product. */
    private PartCost conversionAndAccumulate() {
        return DatapathCosts.lookupTable(fractionBits, fractionBits + 1)
                .plus(DatapathCosts.shifter(fractionBits + 1, shiftStages, accumulatorBits))
                .plus(DatapathCosts.adder(accumulatorBits));
    }

    /** An edge decoder of {@code bits}-bit words: regime run detection (an adder's worth) and field alignment. */
    private static PartCost edgeDecoder(int bits) {
        return DatapathCosts.adder(bits).plus(DatapathCosts.shifter(bits, AntDecoderCosts.ceilLog2(bits), bits))
                .plus(DatapathCosts.register(bits));
    }

    /** Products one PE does per cycle at word size {@code bits}. */
    public int productsPerPe(int bits) {
        if (bits <= 0 || bits > maxBits) {
            throw new IllegalArgumentException("LP word of " + bits + " bits is outside 1.." + maxBits + " of this array");
        }
        return maxBits / Math.max(bits, minBits);
    }

    /** Energy of one product at word size {@code bits}, pJ. */
    public double productPj(int bits) {
        return DatapathCosts.at28nm(DatapathCosts.adder(Math.max(bits, minBits)).plus(conversionAndAccumulate())).energyPj();
    }

    /** Energy of decoding one operand of {@code bits} at the edge, pJ. */
    public double decodePj(int bits) {
        return DatapathCosts.at28nm(edgeDecoder(bits)).energyPj();
    }

    /** Peak products per cycle at {@code bits}: every PE's product lanes. */
    public long productsPerCycle(int bits) {
        return (long) rows * cols * productsPerPe(bits);
    }

    public double leakagePowerMw() {
        return leakageMw;
    }

    public double areaMm2() {
        return areaMm2;
    }

    /**
     * The cost of {@code work} with LP operands {@code formats}, after a block of word size {@code previousBits}
     * (0 for the first block).
     *
     * @throws IllegalArgumentException naming the field if the array cannot compute it
     */
    public BlockCost cost(ComputeWork work, OperandFormats formats, int previousBits) {
        NumberFormat.LogPositFormat w = requireLp(formats.weights(), work.precision().weightBits(), "weights");
        NumberFormat.LogPositFormat a = requireLp(formats.activations(), work.precision().activationBits(), "activations");
        int bits = Math.max(w.bits(), a.bits());
        int pf = productsPerPe(bits);
        long binades = 2L * (binadeSpan(w) + binadeSpan(a));
        if (binades > (1L << shiftStages)) {
            throw new IllegalArgumentException("pe.formats: products of " + formatName(w) + " and " + formatName(a)
                    + " span " + binades + " binades; the array's shifter places 2^" + shiftStages + " = "
                    + (1L << shiftStages));
        }
        GemmDims d = work.dims();
        long rowLanes = (long) rows * pf;
        long compute = switch (work.dataflow()) {
            case OUTPUT_STATIONARY -> Math.multiplyExact(Math.multiplyExact(ceilDiv(d.m(), rowLanes), ceilDiv(d.n(), cols)), d.k());
            case WEIGHT_STATIONARY -> Math.multiplyExact(Math.multiplyExact(d.m(), ceilDiv(d.n(), cols)), ceilDiv(d.k(), rowLanes));
            case INPUT_STATIONARY -> throw new IllegalArgumentException("pe.work dataflow: the LPA array has no input-stationary dataflow");
        };
        long switching = previousBits != 0 && previousBits != bits ? precisionSwitchCycles : 0;
        long products = compute * rows * cols * pf;
        long activationDecodes = compute * rowLanes;
        long weightDecodes = work.dataflow() == Dataflow.WEIGHT_STATIONARY ? d.n() * d.k() : compute * cols;
        double energy = products * productPj(bits) + activationDecodes * decodePj(a.bits()) + weightDecodes * decodePj(w.bits());
        return new BlockCost(compute + pipelineStages + switching, switching, d.macs(), energy);
    }

    /**
     * Half the binades one operand spans: regime k in [-rs, rs - 1] and exponent e in [0, 2^es - 1] put
     * log2 |x| in a range of 2^es x 2 rs binades.
     */
    private static long binadeSpan(NumberFormat.LogPositFormat f) {
        return (1L << f.es()) * f.rs();
    }

    private NumberFormat.LogPositFormat requireLp(NumberFormat f, int bits, String operand) {
        if (!(f instanceof NumberFormat.LogPositFormat lp)) {
            throw new IllegalArgumentException("pe.formats " + operand + ": the LPA array computes logarithmic posits, got "
                    + f.bits() + "-bit " + f.family());
        }
        if (lp.bits() != bits) {
            throw new IllegalArgumentException("pe.formats " + operand + " is " + formatName(lp)
                    + " but pe.work precision gives " + bits + " bits");
        }
        if (lp.maxFractionBits() > fractionBits) {
            throw new IllegalArgumentException("pe.formats " + operand + ": " + formatName(lp) + " has up to "
                    + lp.maxFractionBits() + " fraction bits; the array's conversion table takes " + fractionBits);
        }
        return lp;
    }

    private static String formatName(NumberFormat.LogPositFormat f) {
        return "lp(" + f.bits() + "," + f.es() + "," + f.rs() + "," + f.sf() + ")";
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
