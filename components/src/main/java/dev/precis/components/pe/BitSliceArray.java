package dev.precis.components.pe;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;

/**
 * A bit-slice GEMM array as a pure model: Panacea's (Kam et al., HPCA 2025, arXiv 2412.10059) or the
 * Sibia-style baseline (Im et al., HPCA 2023). Our reconstruction from the papers' public descriptions
 * (PAPERS.md section 4); unit counts and widths are parameters, not the papers' figures.
 *
 * <p>Work is counted in slice-vector operations: one unit multiplies a vector of {@code vectorLength}
 * activation slices by as many weight slices of one output and reduces the products (an adder tree and one
 * accumulate). Activations are split into an LO slice of {@code loBits} and an HO slice of {@code hoBits} (the
 * layer's split, from {@link SliceStats}); each takes {@code ceil(bits / sliceBits)} slice widths, weights
 * {@code ceil(weightBits / sliceBits)}.
 * <ul>
 *   <li>Panacea ({@link #panacea}): the static operator ({@code staticUnits}) computes every LO slice vector
 *       densely; the dynamic operator ({@code dynamicUnits}) computes only the HO vectors that are neither zero
 *       nor the frequent value (skipped vectors cost no cycles and no energy); the compensator
 *       ({@code compensatorAdders}) adds, per frequent vector and output, the precomputed term
 *       {@code r 2^L sum(w)}, after summing each weight vector once per block when the block has frequent
 *       vectors. The three run in parallel: the block takes the slowest of them.</li>
 *   <li>Sibia ({@link #sibia}): one pool of {@code staticUnits + dynamicUnits} units computes LO and HO slice
 *       vectors alike, skipping only all-zero HO vectors; frequent vectors are computed.</li>
 * </ul>
 * Cycles add {@code pipelineStages} of fill per block. Work is assumed balanced over the units within a block
 * (our assumption: the papers' load-balancing details are not modelled).
 */
public final class BitSliceArray {
    private final boolean panacea;
    private final int sliceBits;
    private final int vectorLength;
    private final int staticUnits;
    private final int dynamicUnits;
    private final int compensatorAdders;
    private final int accumulatorBits;
    private final int pipelineStages;
    private final double unitOpPj;
    private final double compensationAddPj;
    private final double weightSumAddPj;
    private final double leakageMw;
    private final double areaMm2;

    private BitSliceArray(boolean panacea, int sliceBits, int vectorLength, int staticUnits, int dynamicUnits,
                          int compensatorAdders, int accumulatorBits, int pipelineStages) {
        if (sliceBits < 1 || vectorLength < 1 || staticUnits < 1 || dynamicUnits < (panacea ? 1 : 0)
                || compensatorAdders < (panacea ? 1 : 0) || accumulatorBits < 1 || pipelineStages < 0) {
            throw new IllegalArgumentException("bit-slice array needs positive slice width, vector length, units"
                    + (panacea ? " (static and dynamic) and compensator adders" : "") + ", got sliceBits=" + sliceBits
                    + " vectorLength=" + vectorLength + " units=" + staticUnits + "/" + dynamicUnits
                    + " compensatorAdders=" + compensatorAdders);
        }
        this.panacea = panacea;
        this.sliceBits = sliceBits;
        this.vectorLength = vectorLength;
        this.staticUnits = staticUnits;
        this.dynamicUnits = dynamicUnits;
        this.compensatorAdders = compensatorAdders;
        this.accumulatorBits = accumulatorBits;
        this.pipelineStages = pipelineStages;
        int treeBits = 2 * sliceBits + AntDecoderCosts.ceilLog2(vectorLength);
        PartCost unit = DatapathCosts.multiplier(sliceBits).times(vectorLength)
                .plus(DatapathCosts.adder(treeBits).times(vectorLength - 1))
                .plus(DatapathCosts.adder(accumulatorBits))
                .plus(DatapathCosts.register(2 * vectorLength * sliceBits + accumulatorBits));
        PartCost compensator = DatapathCosts.adder(accumulatorBits).plus(DatapathCosts.register(accumulatorBits));
        this.unitOpPj = DatapathCosts.at28nm(unit).energyPj();
        this.compensationAddPj = DatapathCosts.at28nm(DatapathCosts.adder(accumulatorBits)).energyPj();
        this.weightSumAddPj = DatapathCosts.at28nm(DatapathCosts.adder(treeBits)).energyPj();
        SiliconCost all = DatapathCosts.at28nm(unit.areaOnly()).times(staticUnits + dynamicUnits)
                .plus(DatapathCosts.at28nm(compensator.areaOnly()).times(compensatorAdders));
        this.areaMm2 = all.areaMm2();
        this.leakageMw = all.leakageMw();
    }

    /** Panacea's array: static, dynamic and compensation operators. */
    public static BitSliceArray panacea(int sliceBits, int vectorLength, int staticUnits, int dynamicUnits,
                                        int compensatorAdders, int accumulatorBits, int pipelineStages) {
        return new BitSliceArray(true, sliceBits, vectorLength, staticUnits, dynamicUnits, compensatorAdders,
                accumulatorBits, pipelineStages);
    }

    /** The Sibia-style array: {@code units} shared slice-vector units that skip zero HO vectors only. */
    public static BitSliceArray sibia(int sliceBits, int vectorLength, int units, int accumulatorBits, int pipelineStages) {
        return new BitSliceArray(false, sliceBits, vectorLength, units, 0, 0, accumulatorBits, pipelineStages);
    }

    /** Energy of one slice-vector operation, pJ. */
    public double unitOpPj() {
        return unitOpPj;
    }

    public double leakagePowerMw() {
        return leakageMw;
    }

    public double areaMm2() {
        return areaMm2;
    }

    /** What one block costs, with the work counts behind it. */
    public record SliceBlock(BlockCost cost, long loOps, long hoOps, long skippedZeroOps, long skippedFrequentOps,
                             long compensationAdds, long weightSumAdds) {
    }

    /**
     * The cost of {@code work} whose activation operand has the slice statistics {@code s}.
     *
     * @throws IllegalArgumentException naming the field if the array cannot compute it
     */
    public SliceBlock cost(ComputeWork work, SliceStats s) {
        GemmDims d = work.dims();
        OperandPrecision p = work.precision();
        if (s.vectorLength() != vectorLength) {
            throw new IllegalArgumentException("pe.slices vectorLength " + s.vectorLength()
                    + " differs from the array's slice-vector units of " + vectorLength);
        }
        if (s.hoBits() + s.loBits() != p.activationBits()) {
            throw new IllegalArgumentException("pe.slices ho" + s.hoBits() + "+lo" + s.loBits()
                    + " bits do not make pe.work's " + p.activationBits() + "-bit activations");
        }
        long vectorsPerRow = (d.k() + vectorLength - 1) / vectorLength;
        if (s.values() != Math.multiplyExact(d.m(), d.k()) || s.vectors() != Math.multiplyExact(d.m(), vectorsPerRow)) {
            throw new IllegalArgumentException("pe.slices holds " + s.values() + " values in " + s.vectors()
                    + " vectors but the block's activations are " + d.m() + " x " + d.k() + " = " + d.m() * d.k()
                    + " values in " + d.m() * vectorsPerRow + " vectors of " + vectorLength);
        }
        long loSlices = ceilDiv(s.loBits(), sliceBits);
        long hoSlices = ceilDiv(s.hoBits(), sliceBits);
        long weightSlices = ceilDiv(p.weightBits(), sliceBits);
        long perVector = weightSlices * d.n();
        long loOps = s.vectors() * loSlices * perVector;
        long zeroOps = s.zeroVectors() * hoSlices * perVector;
        long frequentOps = s.frequentVectors() * hoSlices * perVector;
        long cycles;
        long hoOps;
        long compensation = 0;
        long weightSums = 0;
        if (panacea) {
            hoOps = s.otherVectors() * hoSlices * perVector;
            if (s.frequentVectors() > 0) {
                compensation = s.frequentVectors() * d.n();
                weightSums = d.n() * vectorsPerRow * (vectorLength - 1);
            }
            cycles = Math.max(Math.max(ceilDiv(loOps, staticUnits), ceilDiv(hoOps, dynamicUnits)),
                    ceilDiv(compensation + weightSums, compensatorAdders));
        } else {
            hoOps = (s.vectors() - s.zeroVectors()) * hoSlices * perVector;
            frequentOps = 0;
            cycles = ceilDiv(loOps + hoOps, staticUnits);
        }
        double energy = (loOps + hoOps) * unitOpPj + compensation * compensationAddPj + weightSums * weightSumAddPj;
        BlockCost cost = new BlockCost(cycles + pipelineStages, 0, d.macs(), energy);
        return new SliceBlock(cost, loOps, hoOps, zeroOps, frequentOps, compensation, weightSums);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
