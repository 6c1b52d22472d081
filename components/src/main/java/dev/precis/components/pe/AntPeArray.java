package dev.precis.components.pe;

import dev.precis.components.energy.AntArtifactCoreCosts;
import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;

/**
 * ANT's PE array (Guo et al., MICRO 2022) as a pure model: type decoders at the array's edges in front of
 * BitFusion's bit-brick integer MACs, plus an exponent path in each PE; or, as {@link Variant#BITFUSION}, the
 * plain bit-brick array with no decoders.
 *
 * <p>Timing: the {@link BitBrickArray}'s cycles (the ANT artifact's formulas, so 4-bit flint runs at the 4-bit
 * integer rate), plus {@code decoderStages} cycles of pipeline fill for the extra decode stage (ANT only), plus
 * the array's precision-switch cost.
 *
 * <p>Energy per block: every busy cycle charges every PE its per-cycle dynamic energy (the artifact's rule);
 * with {@link CostModel#RECONSTRUCTION} (ANT only) non-int operands add, per busy PE cycle and product, the
 * exponent adder and shifter that scale the integer product by the decoded exponents, and every decoded
 * operand its decoder's energy ({@link AntDecoderCosts}). Decodes: activations enter the array's row lanes
 * one per lane and cycle; weights enter the column lanes one per lane and cycle (output stationary) or once
 * each (weight stationary). {@link CostModel#ARTIFACT} charges the PE figures only, as the ANT artifact does
 * for ANT and BitFusion alike.
 *
 * <p>PE figures: the artifact's synthesis ({@link AntArtifactCoreCosts}) when it has the (maxBits, minBits)
 * configuration, otherwise our parts reconstruction ({@link DatapathCosts#bitBrickPe}); area always from the
 * reconstruction (the artifact gives none). Decoders, exponent path and the extra pipeline register are our
 * reconstruction of ANT's PE from its description, not figures of the paper.
 */
public final class AntPeArray {

    /** Whether the array has ANT's decoders or is the plain BitFusion array. */
    public enum Variant { ANT, BITFUSION }

    /** Which energies a block is charged. */
    public enum CostModel { RECONSTRUCTION, ARTIFACT }

    private final BitBrickArray bricks;
    private final Variant variant;
    private final CostModel costModel;
    private final int decoderStages;
    private final AntDecoderCosts decoders;
    private final double peDynamicPj;
    private final double leakageMw;
    private final double areaMm2;

    /**
     * @param bricks          the bit-brick array (rows, cols, maxBits, minBits, precision-switch cycles)
     * @param variant         ANT (decoders, exponent path, extra stage) or BITFUSION
     * @param costModel       which energies to charge
     * @param decoderStages   pipeline stages the decoders add (ANT)
     * @param decoders        decoder and exponent-path parts (ANT)
     * @param accumulatorBits width of each PE's accumulator
     */
    public AntPeArray(BitBrickArray bricks, Variant variant, CostModel costModel, int decoderStages,
                      AntDecoderCosts decoders, int accumulatorBits) {
        if (decoderStages < 0) throw new IllegalArgumentException("decoderStages must be >= 0, got " + decoderStages);
        this.bricks = bricks;
        this.variant = variant;
        this.costModel = costModel;
        this.decoderStages = variant == Variant.ANT ? decoderStages : 0;
        this.decoders = decoders;
        long pes = (long) bricks.rows() * bricks.cols();
        PartCost peParts = DatapathCosts.bitBrickPe(bricks.maxBits(), bricks.minBits(), accumulatorBits);
        SiliconCost pe = DatapathCosts.at28nm(peParts);
        var synthesised = AntArtifactCoreCosts.lookup(bricks.maxBits(), bricks.minBits());
        this.peDynamicPj = synthesised.map(AntArtifactCoreCosts.PeFigures::dynamicPjPerCycle).orElse(pe.energyPj());
        double peLeakageMw = synthesised.map(AntArtifactCoreCosts.PeFigures::leakageMw).orElse(pe.leakageMw());
        double area = pe.areaMm2() * pes;
        double leakage = peLeakageMw * pes;
        if (variant == Variant.ANT) {
            SiliconCost extra = decoders.peExtra(bricks).times(pes).plus(decoders.edgeDecoders(bricks));
            area += extra.areaMm2();
            if (costModel == CostModel.RECONSTRUCTION) leakage += extra.leakageMw();
        }
        this.areaMm2 = area;
        this.leakageMw = leakage;
    }

    public BitBrickArray bricks() {
        return bricks;
    }

    public Variant variant() {
        return variant;
    }

    /** Dynamic energy of one busy PE cycle (pJ), before format-dependent additions. */
    public double peDynamicPj() {
        return peDynamicPj;
    }

    public double leakagePowerMw() {
        return leakageMw;
    }

    public double areaMm2() {
        return areaMm2;
    }

    /**
     * The cost of {@code work} with operands in {@code formats}, after a block at {@code previous} (null for the
     * first block).
     *
     * @throws IllegalArgumentException naming the field if the array cannot compute it
     */
    public BlockCost cost(ComputeWork work, OperandFormats formats, OperandPrecision previous) {
        OperandPrecision p = work.precision();
        check(formats.weights(), p.weightBits(), "weights");
        check(formats.activations(), p.activationBits(), "activations");
        long compute = bricks.computeCycles(work.dims(), p, work.dataflow());
        long switching = bricks.switchCycles(previous, p);
        long cycles = compute + decoderStages + switching;
        long pes = (long) bricks.rows() * bricks.cols();
        double energy = (double) compute * pes * peDynamicPj;
        if (variant == Variant.ANT && costModel == CostModel.RECONSTRUCTION) {
            int pfW = bricks.precisionFactor(p.weightBits());
            int pfA = bricks.precisionFactor(p.activationBits());
            if (!(formats.weights() instanceof NumberFormat.IntFormat)
                    || !(formats.activations() instanceof NumberFormat.IntFormat)) {
                int productBits = 2 * Math.max(Math.max(p.weightBits(), p.activationBits()), bricks.minBits());
                energy += (double) compute * pes * pfW * pfA * decoders.exponentPathPj(productBits);
            }
            long activationDecodes = compute * bricks.rows() * pfA;
            long weightDecodes = work.dataflow() == Dataflow.WEIGHT_STATIONARY
                    ? work.dims().n() * work.dims().k() : compute * bricks.cols() * pfW;
            energy += activationDecodes * decoders.decodePj(formats.activations())
                    + weightDecodes * decoders.decodePj(formats.weights());
        }
        return new BlockCost(cycles, switching, work.dims().macs(), energy);
    }

    private void check(NumberFormat f, int bits, String operand) {
        if (f.bits() != bits) {
            throw new IllegalArgumentException("pe.formats " + operand + " is " + f.bits() + "-bit " + f.family()
                    + " but pe.work precision gives " + bits + " bits");
        }
        boolean intOnly = variant == Variant.BITFUSION;
        boolean supported = f instanceof NumberFormat.IntFormat || (!intOnly && !(f instanceof NumberFormat.LogPositFormat));
        if (!supported) {
            throw new IllegalArgumentException("pe.formats " + operand + ": " + f.family() + " operands need "
                    + (intOnly ? "ANT's decoders; this is the BitFusion variant (int only)" : "a decoder ANT does not have"
                    + " (ANT decodes int, flint, pot and float)"));
        }
    }
}
