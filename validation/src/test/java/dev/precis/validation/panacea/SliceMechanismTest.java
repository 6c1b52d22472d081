package dev.precis.validation.panacea;

import static org.assertj.core.api.Assertions.assertThat;

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
        var panacea = PanaceaValidation.replay("Panacea", "panacea-array", WITH_ZPM);
        var sibia = PanaceaValidation.replay("Sibia", "sibia-array", WITH_ZPM);
        assertThat(panacea.stat("hoSliceOps")).isLessThan(sibia.stat("hoSliceOps"));
        assertThat(panacea.stat("skippedFrequentSliceOps")).isPositive();
        assertThat(panacea.run().macs()).isEqualTo(sibia.run().macs());
    }
}
