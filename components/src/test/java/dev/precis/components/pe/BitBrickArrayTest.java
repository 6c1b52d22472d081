package dev.precis.components.pe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BitBrickArrayTest {

    /** BitFusion's fusion unit: 8-bit PEs of 2-bit bricks. */
    private final BitBrickArray bitFusion = BitBrickArray.of(32, 32, 8, 2);

    @Test
    void anEightBitMacIsSixteenTwoBitBricks() {
        assertThat(bitFusion.bricksPerPe()).isEqualTo(16);
        assertThat(BitBrickArray.of(32, 32, 8, 4).bricksPerPe()).isEqualTo(4);
    }

    @Test
    void throughputScalesAsEightOverWeightBitsTimesEightOverActivationBits() {
        long full = bitFusion.macsPerCycle(OperandPrecision.uniform(8));
        assertThat(full).isEqualTo(1024);
        for (int w : new int[] {2, 4, 8}) {
            for (int a : new int[] {2, 4, 8}) {
                assertThat(bitFusion.macsPerCycle(new OperandPrecision(w, a)))
                        .as("w%d a%d", w, a).isEqualTo(full * (8 / w) * (8 / a));
            }
        }
    }

    @Test
    void precisionsBelowTheBrickRunAtTheBrickAndOddOnesAtTheNextRate() {
        BitBrickArray ant = BitBrickArray.of(32, 32, 8, 4);
        assertThat(ant.precisionFactor(2)).isEqualTo(2); // below pmin: runs as 4-bit
        assertThat(ant.precisionFactor(4)).isEqualTo(2);
        assertThat(ant.precisionFactor(6)).isEqualTo(1); // 8/6 floors to 1
        assertThat(BitBrickArray.of(32, 80, 6, 6).precisionFactor(6)).isEqualTo(1);
        assertThatThrownBy(() -> ant.precisionFactor(16)).hasMessageContaining("outside 1..8");
    }

    @Test
    void outputStationaryCyclesFoldPixelsOverRowsAndFiltersOverColumns() {
        BitBrickArray ant = BitBrickArray.of(32, 32, 8, 4);
        GemmDims g = new GemmDims(100, 70, 27); // 100 pixels, 70 filters, 27 = 3x3x3
        // 8-bit: ceil(100/32) * ceil(70/32) * 27; 4-bit: ceil(100/64) * ceil(70/64) * 27.
        assertThat(ant.computeCycles(g, OperandPrecision.uniform(8), Dataflow.OUTPUT_STATIONARY)).isEqualTo(4 * 3 * 27);
        assertThat(ant.computeCycles(g, OperandPrecision.uniform(4), Dataflow.OUTPUT_STATIONARY)).isEqualTo(2 * 2 * 27);
    }

    @Test
    void weightStationaryCyclesStreamPixelsThroughFoldedWeights() {
        BitBrickArray ant = BitBrickArray.of(32, 32, 8, 4);
        GemmDims g = new GemmDims(100, 70, 27);
        assertThat(ant.computeCycles(g, OperandPrecision.uniform(8), Dataflow.WEIGHT_STATIONARY)).isEqualTo(100 * 3 * 1);
        assertThat(ant.computeCycles(g, new OperandPrecision(4, 8), Dataflow.WEIGHT_STATIONARY)).isEqualTo(100 * 2 * 1);
        assertThatThrownBy(() -> ant.computeCycles(g, OperandPrecision.uniform(8), Dataflow.INPUT_STATIONARY))
                .hasMessageContaining("input-stationary");
    }

    @Test
    void switchingPrecisionCostsTheConfiguredCyclesOnlyOnAChange() {
        BitBrickArray withCost = new BitBrickArray(32, 32, 8, 2, 12);
        OperandPrecision p8 = OperandPrecision.uniform(8);
        OperandPrecision p4 = OperandPrecision.uniform(4);
        assertThat(withCost.switchCycles(null, p8)).isZero();
        assertThat(withCost.switchCycles(p8, p8)).isZero();
        assertThat(withCost.switchCycles(p8, p4)).isEqualTo(12);
        assertThat(bitFusion.switchCycles(p8, p4)).isZero();
        assertThatThrownBy(() -> new BitBrickArray(1, 1, 8, 2, -1)).hasMessageContaining(">= 0");
    }
}
