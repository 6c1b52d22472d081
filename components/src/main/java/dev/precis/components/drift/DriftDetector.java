package dev.precis.components.drift;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;
import java.util.Arrays;

/**
 * Drift's precision detector (DAC 2024) as a pure model, our reconstruction (only the paper's abstract is
 * public, PAPERS.md section 3): as a tile's statically quantized values arrive, each value is compared against
 * the range of every narrower supported precision and an outlier counter per candidate counts the values that
 * do not fit; the tile gets the narrowest supported precision that holds all but the allowed outliers. The
 * trace's PRECISION column is that outcome (the workloads' DriftQuantizer computes it with the same rule), so
 * the detector takes each tile's recorded precision and rounds it up to the narrowest precision the array
 * supports; what it models is the detection's time, energy and area.
 *
 * <p>Timing: {@code valuesPerCycle} values are examined per cycle, plus {@code pipelineCycles} of latency, per
 * run of tiles. Energy: per value and candidate precision, one comparison and one counter add. Area: that
 * comparator and counter per value lane and candidate. Parts from {@link DatapathCosts}, 28 nm.
 */
public final class DriftDetector {
    private final int[] supportedBits;
    private final int valuesPerCycle;
    private final int pipelineCycles;
    private final double valuePj;
    private final SiliconCost silicon;

    /**
     * @param supportedBits  precisions the array runs, ascending (2, 4, 6, 8 on a BitFusion array of 2-bit bricks)
     * @param valuesPerCycle values examined per cycle
     * @param pipelineCycles latency of the detection pipeline
     * @param comparatorBits width of the static codes compared (the static precision)
     * @param counterBits    width of each outlier counter
     */
    public DriftDetector(int[] supportedBits, int valuesPerCycle, int pipelineCycles, int comparatorBits, int counterBits) {
        this.supportedBits = supportedBits.clone();
        if (this.supportedBits.length == 0) throw new IllegalArgumentException("the detector needs at least one precision");
        for (int i = 0; i < this.supportedBits.length; i++) {
            if (this.supportedBits[i] < 1 || (i > 0 && this.supportedBits[i] <= this.supportedBits[i - 1])) {
                throw new IllegalArgumentException("detector precisions must be positive and ascending, got "
                        + Arrays.toString(this.supportedBits));
            }
        }
        if (valuesPerCycle < 1 || pipelineCycles < 0 || comparatorBits < 1 || counterBits < 1) {
            throw new IllegalArgumentException("detector needs valuesPerCycle >= 1, pipelineCycles >= 0 and positive widths");
        }
        this.valuesPerCycle = valuesPerCycle;
        this.pipelineCycles = pipelineCycles;
        int candidates = Math.max(1, this.supportedBits.length - 1);
        PartCost perValue = DatapathCosts.adder(comparatorBits).plus(DatapathCosts.adder(counterBits)).times(candidates);
        this.valuePj = DatapathCosts.at28nm(perValue).energyPj();
        PartCost lane = perValue.plus(DatapathCosts.register(counterBits).times(candidates));
        this.silicon = DatapathCosts.at28nm(lane.areaOnly()).times(valuesPerCycle);
    }

    /** The outcome of detecting one run of tiles. */
    public record Detection(byte[] assignedBits, long cycles, long values, double energyPj) {
    }

    /** Assigns each tile of {@code tiles} its precision; an unsupported precision is an error naming the tile. */
    public Detection detect(ActivationTiles tiles) {
        byte[] assigned = new byte[tiles.count()];
        for (int i = 0; i < assigned.length; i++) {
            assigned[i] = (byte) roundUp(tiles.recordedBits(i), tiles, i);
        }
        long values = tiles.values();
        long cycles = (values + valuesPerCycle - 1) / valuesPerCycle + pipelineCycles;
        return new Detection(assigned, cycles, values, values * valuePj);
    }

    private int roundUp(int bits, ActivationTiles tiles, int i) {
        for (int s : supportedBits) {
            if (s >= bits) return s;
        }
        throw new IllegalArgumentException("layer " + tiles.layer() + ": tile " + (tiles.firstTile() + i) + " needs "
                + bits + " bits; the detector's supported precisions are " + Arrays.toString(supportedBits));
    }

    public int[] supportedBits() {
        return supportedBits.clone();
    }

    public double areaMm2() {
        return silicon.areaMm2();
    }

    public double leakagePowerMw() {
        return silicon.leakageMw();
    }
}
