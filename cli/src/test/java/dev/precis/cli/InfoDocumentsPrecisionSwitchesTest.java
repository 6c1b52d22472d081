package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code precis info} documents the precision-switch cost and the configuration precis run carries from layer to
 * layer: the cost parameter, the initial precision parameters, the final precision and switch statistics.
 */
class InfoDocumentsPrecisionSwitchesTest {

    @Test
    void theBitBrickArrayDescribesItsSwitchCostAndCarriedPrecision() {
        CliRunner r = CliRunner.run("info", "ant-pe-array");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("precisionSwitchCycles", "from the previous layer's last", "the ANT artifact charges none",
                "initialWeightBits", "initialActivationBits", "finalWeightBits", "finalActivationBits", "precisionSwitches");
    }

    @Test
    void theLpaArrayAndTheDriftSchedulerDescribeWhatTheyCarry() {
        assertThat(CliRunner.run("info", "lpa-pe-array").out()).contains("precisionSwitchCycles", "initialWeightBits",
                "finalActivationBits");
        assertThat(CliRunner.run("info", "drift-scheduler").out()).contains("initialSubArrayBits", "finalSubArrayBits.<i>");
    }
}
