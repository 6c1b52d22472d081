package dev.precis.components.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DatapathCostsTest {

    @Test
    void partsAtHorowitzsTablePointsAreHisFigures() {
        assertThat(DatapathCosts.adder(8)).isEqualTo(new PartCost(0.03, 36));
        assertThat(DatapathCosts.adder(16).energyPj()).isCloseTo(0.05, within(1e-12));
        assertThat(DatapathCosts.adder(32).areaUm2()).isCloseTo(137, within(1e-9));
        assertThat(DatapathCosts.multiplier(8).energyPj()).isCloseTo(0.2, within(1e-12));
        assertThat(DatapathCosts.multiplier(32).energyPj()).isCloseTo(3.1, within(1e-9));
        assertThat(DatapathCosts.multiplier(32).areaUm2()).isCloseTo(3495, within(1e-6));
        // between the points: a 4x4 multiplier costs about a quarter of an 8x8
        assertThat(DatapathCosts.multiplier(4).energyPj()).isBetween(0.045, 0.055);
    }

    @Test
    void theReconstructedBitBrickPeAt28nmIsTheArtifactsSynthesisedPe() {
        SiliconCost pe = DatapathCosts.at28nm(DatapathCosts.bitBrickPe(8, 4, 32));
        assertThat(pe.energyPj()).isCloseTo(AntArtifactCoreCosts.PE_8_4.dynamicPjPerCycle(), within(1e-12));
        assertThat(pe.leakageMw()).isCloseTo(AntArtifactCoreCosts.PE_8_4.leakageMw(), within(1e-12));
        assertThat(AntArtifactCoreCosts.PE_8_4.dynamicPjPerCycle() * 1024).isCloseTo(573.35808, within(1e-6));
    }

    @Test
    void shiftersAndTablesGrowWithTheirWidth() {
        assertThat(DatapathCosts.shifter(8, 3, 32).energyPj()).isLessThan(DatapathCosts.shifter(8, 5, 32).energyPj());
        assertThat(DatapathCosts.shifter(5, 5, 8).areaUm2()).isEqualTo(DatapathCosts.muxBits(6 + 8 + 8 + 8 + 8).areaUm2());
        assertThat(DatapathCosts.lookupTable(0, 5)).isEqualTo(PartCost.NONE);
        assertThat(DatapathCosts.lookupTable(4, 5).areaUm2()).isEqualTo(DatapathCosts.muxBits(15 * 5).areaUm2());
    }
}
