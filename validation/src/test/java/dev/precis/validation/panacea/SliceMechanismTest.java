package dev.precis.validation.panacea;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.pe.BitSliceArray;
import dev.precis.validation.papers.ArrayModels;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mechanisms the Panacea check rests on, on ResNet-18's slices (batch 1, DBS off). */
class SliceMechanismTest {

    private static final SliceLayers WITH_ZPM = SliceLayers.of("resnet18", 1, true, false);
    private static final SliceLayers WITHOUT_ZPM = SliceLayers.of("resnet18", 1, false, false);

    @Test
    void zeroPointManipulationMakesMoreHighOrderVectorsSkippable() {
        assertThat(WITH_ZPM.skippableShare()).isGreaterThan(WITHOUT_ZPM.skippableShare());
        assertThat(WITHOUT_ZPM.skippableShare()).isGreaterThanOrEqualTo(WITHOUT_ZPM.zeroShare());
        assertThat(WITH_ZPM.meanLoBits()).isEqualTo(4.0);
    }

    @Test
    void onTheSameSlicesPanaceaComputesNoMoreHighOrderWorkThanSibia() {
        BitSliceArray panacea = ArrayModels.panacea(Map.of());
        BitSliceArray sibia = ArrayModels.sibia(Map.of());
        long panaceaHo = 0;
        long sibiaHo = 0;
        for (SliceLayers.Layer l : WITH_ZPM.layers()) {
            panaceaHo += panacea.cost(l.work(), l.slices()).hoOps();
            sibiaHo += sibia.cost(l.work(), l.slices()).hoOps();
        }
        assertThat(panaceaHo).isLessThan(sibiaHo);
        assertThat(PanaceaValidation.run("Panacea", panacea, WITH_ZPM).macs())
                .isEqualTo(PanaceaValidation.run("Sibia", sibia, WITH_ZPM).macs());
    }
}
