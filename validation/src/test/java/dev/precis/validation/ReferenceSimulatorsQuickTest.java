package dev.precis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference-simulator agreements hold in the quick run (the same checks as the full run, on fewer runs). */
class ReferenceSimulatorsQuickTest {

    @Test
    void everyResNet18LayerTakesScaleSimsCyclesInBothDataflows() {
        ExperimentResult r = QuickValidation.of("systolic");
        assertThat(r.checks()).hasSize(2 * 22).allMatch(Check::pass);
        assertThat(r.checks()).allMatch(c -> c.relError() == 0.0);
    }

    @Test
    void theDramReplayAgreesWithDramSim3OnTheLightLoadRows() {
        ExperimentResult r = QuickValidation.of("dram");
        assertThat(r.checks()).hasSize(4 * 5).allMatch(Check::pass);
    }

    @Test
    void theNocAgreesWithBookSim2BelowSaturationAndBracketsSaturationWhereItDoes() {
        ExperimentResult r = QuickValidation.of("noc");
        assertThat(r.checks()).allMatch(Check::pass);
        assertThat(QuickValidation.check("noc", "noc.highestStableLoad").precis()).isEqualTo(0.35);
        assertThat(QuickValidation.check("noc", "noc.firstUnstableLoad").precis()).isEqualTo(0.38);
        assertThat(r.plots()).extracting(p -> p.fileName()).contains("noc-latency.png");
    }
}
