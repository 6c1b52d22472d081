package dev.precis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ANT at batch 1 on ResNet50 and ViT: the artifact's figures are batch-64 figures, so the test asserts what must
 * hold at any batch (the ordering of the designs) and the checks that batch 1 reaches.
 */
class AntQuickTest {

    private static double cycles(String benchmark, String design) {
        return QuickValidation.check("ant", "ant.cycles." + benchmark + "." + design).precis();
    }

    @Test
    void antIsFasterThanBiScaledWhichIsFasterThanBitFusionAndOlaccelOnResNet50() {
        assertThat(cycles("resnet50", "ANT-OS")).isLessThan(cycles("resnet50", "BiScaled"));
        assertThat(cycles("resnet50", "BiScaled")).isLessThan(cycles("resnet50", "BitFusion"));
        assertThat(cycles("resnet50", "BitFusion")).isLessThan(cycles("resnet50", "OLAccel"));
        assertThat(cycles("resnet50", "OLAccel")).isLessThan(1.0);
    }

    @Test
    void onVitAntLeadsAndOlaccelBeatsBitFusionAsInThePublishedTable() {
        assertThat(cycles("vit", "ANT-OS")).isLessThan(cycles("vit", "OLAccel"));
        assertThat(cycles("vit", "OLAccel")).isLessThan(cycles("vit", "BitFusion"));
    }

    @Test
    void bitFusionAndOlaccelCyclesReachThePublishedFiguresEvenAtBatchOne() {
        for (String b : new String[] {"resnet50", "vit"}) {
            assertThat(QuickValidation.check("ant", "ant.cycles." + b + ".BitFusion").pass()).isTrue();
            assertThat(QuickValidation.check("ant", "ant.cycles." + b + ".OLAccel").pass()).isTrue();
        }
        assertThat(QuickValidation.check("ant", "ant.cycles.mean.BiScaled").pass()).isTrue();
    }
}
