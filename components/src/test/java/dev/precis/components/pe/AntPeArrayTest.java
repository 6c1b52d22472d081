package dev.precis.components.pe;

import static dev.precis.components.pe.ComputeRequests.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.components.energy.AntArtifactCoreCosts;
import org.junit.jupiter.api.Test;

class AntPeArrayTest {
    private static final AntDecoderCosts PARTS = new AntDecoderCosts(3, 3, 32);
    private static final BitBrickArray BRICKS = new BitBrickArray(32, 32, 8, 4, 7);

    private static AntPeArray ant(AntPeArray.CostModel costs) {
        return new AntPeArray(BRICKS, AntPeArray.Variant.ANT, costs, 1, PARTS, 32);
    }

    private static AntPeArray bitFusion() {
        return new AntPeArray(BRICKS, AntPeArray.Variant.BITFUSION, AntPeArray.CostModel.RECONSTRUCTION, 1, PARTS, 32);
    }

    @Test
    void timingIsTheBitBrickArraysPlusOneDecodeStage() {
        ComputeWork w = work("conv", 1024, 256, 576, 4, 4);
        long bricks = BRICKS.computeCycles(w.dims(), w.precision(), w.dataflow());
        assertThat(bricks).isEqualTo(16L * 4 * 576); // ceil(1024 / (32 x 2)) x ceil(256 / (32 x 2)) x k
        assertThat(ant(AntPeArray.CostModel.RECONSTRUCTION).cost(w, OperandFormats.of("flint4s", "flint4u"), null).cycles())
                .isEqualTo(bricks + 1);
        assertThat(bitFusion().cost(w, OperandFormats.of("int4s", "int4u"), null).cycles()).isEqualTo(bricks);
    }

    @Test
    void aPrecisionChangeCostsTheSwitchCycles() {
        ComputeWork w4 = work("a", 64, 64, 64, 4, 4);
        ComputeWork w8 = work("b", 64, 64, 64, 8, 8);
        BlockCost c = bitFusion().cost(w8, OperandFormats.of("int8", "int8"), w4.precision());
        assertThat(c.switchCycles()).isEqualTo(7);
        assertThat(c.cycles()).isEqualTo(BRICKS.computeCycles(w8.dims(), w8.precision(), w8.dataflow()) + 7);
    }

    @Test
    void bitFusionAndTheArtifactCostModelChargeTheArtifactsPeEnergyPerBusyCycle() {
        ComputeWork w = work("conv", 1024, 256, 576, 4, 4);
        long compute = BRICKS.computeCycles(w.dims(), w.precision(), w.dataflow());
        double expected = compute * 1024 * AntArtifactCoreCosts.PE_8_4.dynamicPjPerCycle();
        assertThat(bitFusion().cost(w, OperandFormats.of("int4s", "int4u"), null).energyPj()).isCloseTo(expected, within(1e-3));
        assertThat(ant(AntPeArray.CostModel.ARTIFACT).cost(w, OperandFormats.of("flint4s", "pot4u"), null).energyPj())
                .isCloseTo(expected, within(1e-3));
    }

    @Test
    void nonIntFormatsPayTheirDecodersAndTheExponentPath() {
        AntPeArray a = ant(AntPeArray.CostModel.RECONSTRUCTION);
        ComputeWork w = work("conv", 1024, 256, 576, 4, 4);
        double ints = a.cost(w, OperandFormats.of("int4s", "int4u"), null).energyPj();
        double pot = a.cost(w, OperandFormats.of("pot4s", "int4u"), null).energyPj();
        double flint = a.cost(w, OperandFormats.of("flint4s", "flint4u"), null).energyPj();
        assertThat(ints).isCloseTo(bitFusion().cost(w, OperandFormats.of("int4s", "int4u"), null).energyPj(), within(1e-3));
        assertThat(pot).isGreaterThan(ints);
        assertThat(flint).isGreaterThan(pot);
    }

    @Test
    void antHasMoreAreaAndLeakageThanBitFusion() {
        AntPeArray a = ant(AntPeArray.CostModel.RECONSTRUCTION);
        AntPeArray b = bitFusion();
        assertThat(a.areaMm2()).isGreaterThan(b.areaMm2());
        assertThat(a.leakagePowerMw()).isGreaterThan(b.leakagePowerMw());
        assertThat(b.leakagePowerMw()).isCloseTo(1024 * AntArtifactCoreCosts.PE_8_4.leakageMw(), within(1e-9));
        assertThat(ant(AntPeArray.CostModel.ARTIFACT).leakagePowerMw()).isEqualTo(b.leakagePowerMw());
    }

    @Test
    void formatsThatDoNotFitTheArrayAreErrorsNamingTheField() {
        ComputeWork w = work("conv", 64, 64, 64, 4, 4);
        assertThatThrownBy(() -> bitFusion().cost(w, OperandFormats.of("flint4s", "int4u"), null))
                .hasMessageContaining("weights").hasMessageContaining("BitFusion");
        assertThatThrownBy(() -> ant(AntPeArray.CostModel.RECONSTRUCTION).cost(w, OperandFormats.of("int8", "int4u"), null))
                .hasMessageContaining("weights is 8-bit int").hasMessageContaining("4 bits");
        assertThatThrownBy(() -> ant(AntPeArray.CostModel.RECONSTRUCTION)
                .cost(w, OperandFormats.of("lp(4,0,2,0)", "int4u"), null)).hasMessageContaining("lp");
    }
}
