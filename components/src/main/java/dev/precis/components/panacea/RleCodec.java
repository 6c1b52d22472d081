package dev.precis.components.panacea;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;
import dev.precis.components.pe.SliceStats;

/**
 * Panacea's run-length codec for activation HO slices (Kam et al., HPCA 2025) as a pure model, our
 * reconstruction from the paper's description ("run-length encoding to minimise external memory accesses") and
 * the workloads' RLE stream (PanaceaQuantizer: per row segment of a tile, runs of HO vectors of one kind, each
 * run a 2-bit kind and a {@code runLengthBits} length, other vectors' HO slices stored densely; LO slices always
 * dense). A compressed transfer is {@code values x loBits + rleBits} bits ({@link SliceStats#compressedBits()}).
 *
 * <p>Encoder: per value, two comparisons of its HO slice (with zero and with the frequent value); per vector, a
 * run-counter add; per run, a header written. Decoder: per value, a multiplexer choosing zero, the frequent
 * value or the stored slice; per vector, a run-counter add. Both take {@code valuesPerCycle} values per cycle
 * (and at most {@code runsPerCycle} runs), plus {@code pipelineCycles}. Parts from {@link DatapathCosts}, 28 nm.
 */
public final class RleCodec {

    /** Which way the codec works. */
    public enum Direction { ENCODE, DECODE }

    private final Direction direction;
    private final int valuesPerCycle;
    private final int runsPerCycle;
    private final int pipelineCycles;
    private final int maxHoBits;
    private final int runLengthBits;
    private final SiliconCost silicon;

    /**
     * @param direction      encoder (before write-back) or decoder (on load)
     * @param valuesPerCycle values handled per cycle
     * @param runsPerCycle   runs emitted (encoder) or expanded (decoder) per cycle
     * @param pipelineCycles latency per transfer
     * @param maxHoBits      widest HO slice the datapath takes
     * @param runLengthBits  width of a run-length field
     */
    public RleCodec(Direction direction, int valuesPerCycle, int runsPerCycle, int pipelineCycles, int maxHoBits,
                    int runLengthBits) {
        if (valuesPerCycle < 1 || runsPerCycle < 1 || pipelineCycles < 0 || maxHoBits < 1 || runLengthBits < 1) {
            throw new IllegalArgumentException("RLE codec needs valuesPerCycle, runsPerCycle, maxHoBits and runLengthBits "
                    + ">= 1 and pipelineCycles >= 0");
        }
        this.direction = direction;
        this.valuesPerCycle = valuesPerCycle;
        this.runsPerCycle = runsPerCycle;
        this.pipelineCycles = pipelineCycles;
        this.maxHoBits = maxHoBits;
        this.runLengthBits = runLengthBits;
        PartCost lane = perValue(maxHoBits).plus(DatapathCosts.register(maxHoBits));
        PartCost counters = DatapathCosts.adder(runLengthBits).plus(DatapathCosts.register(2 + runLengthBits));
        this.silicon = DatapathCosts.at28nm(lane.areaOnly()).times(valuesPerCycle)
                .plus(DatapathCosts.at28nm(counters.areaOnly()).times(runsPerCycle));
    }

    private PartCost perValue(int hoBits) {
        return direction == Direction.ENCODE ? DatapathCosts.adder(hoBits).times(2) : DatapathCosts.muxBits(2L * hoBits);
    }

    public Direction direction() {
        return direction;
    }

    /** What coding one transfer costs. */
    public record Coding(long denseBytes, long compressedBytes, long cycles, double energyPj) {
    }

    /**
     * The cost of coding a transfer with slice statistics {@code s}.
     *
     * @throws IllegalArgumentException if its HO slices are wider than the datapath
     */
    public Coding code(SliceStats s) {
        if (s.hoBits() > maxHoBits) {
            throw new IllegalArgumentException("HO slices of " + s.hoBits() + " bits exceed the codec's " + maxHoBits + "-bit datapath");
        }
        long cycles = Math.max(ceilDiv(s.values(), valuesPerCycle), ceilDiv(s.rleRuns(), runsPerCycle)) + pipelineCycles;
        double energy = s.values() * DatapathCosts.at28nm(perValue(s.hoBits())).energyPj()
                + s.vectors() * DatapathCosts.at28nm(DatapathCosts.adder(runLengthBits)).energyPj();
        return new Coding(ceilDiv(s.denseBits(), 8), ceilDiv(s.compressedBits(), 8), cycles, energy);
    }

    public double areaMm2() {
        return silicon.areaMm2();
    }

    public double leakagePowerMw() {
        return silicon.leakageMw();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
