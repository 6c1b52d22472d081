package dev.precis.components.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SramEnergyTableTest {

    @Test
    void antArtifactWeightBufferPerBitFigureIsReproducedAtItsSize() {
        SramCosts c = SramEnergyTable.costs(TechnologyNode.NM28, 128 * 1024, 1);
        assertThat(c.readPjPerAccess()).isCloseTo(0.03299296875, within(1e-12));
        assertThat(c.writePjPerAccess()).isCloseTo(0.039730859375, within(1e-12));
    }

    @Test
    void antArtifactLeakageOfItsThreeBuffersIsReproduced() {
        double total = 0;
        for (long kib : new long[] {128, 256, 128}) {
            total += SramEnergyTable.costs(TechnologyNode.NM28, kib * 1024, 64).leakagePjPerCycle(500.0);
        }
        assertThat(total).isCloseTo(803.257344, within(1e-6));
    }

    @Test
    void horowitzFortyFiveNanometreReadsAreReproduced() {
        assertThat(SramEnergyTable.costs(TechnologyNode.NM45, 8 * 1024, 64).readPjPerAccess()).isCloseTo(10.0, within(1e-9));
        assertThat(SramEnergyTable.costs(TechnologyNode.NM45, 1024 * 1024, 64).readPjPerAccess()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void biggerMacrosCostMorePerBitAndWiderWordsCostMorePerAccess() {
        SramCosts small = SramEnergyTable.costs(TechnologyNode.NM45, 16 * 1024, 64);
        SramCosts big = SramEnergyTable.costs(TechnologyNode.NM45, 256 * 1024, 64);
        SramCosts wide = SramEnergyTable.costs(TechnologyNode.NM45, 16 * 1024, 128);
        assertThat(big.readPjPerAccess()).isGreaterThan(small.readPjPerAccess());
        assertThat(wide.readPjPerAccess()).isCloseTo(2 * small.readPjPerAccess(), within(1e-9));
        assertThat(big.areaMm2()).isCloseTo(16 * small.areaMm2(), within(1e-9));
    }

    @Test
    void areaFollowsCellSizeAndArrayEfficiency() {
        // 1 MiB at 45 nm: 8 Mibit x 0.346 um^2 / 0.7.
        double expected = 1024 * 1024 * 8 * 0.346 / 0.7 / 1e6;
        assertThat(SramEnergyTable.costs(TechnologyNode.NM45, 1024 * 1024, 64).areaMm2()).isCloseTo(expected, within(1e-9));
        assertThat(SramEnergyTable.costs(TechnologyNode.NM28, 1024 * 1024, 64).areaMm2()).isLessThan(expected);
    }
}
