package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code precis info --quantizers} and {@code precis info QUANTIZER}: the quantizers describe themselves. */
class InfoQuantizersTest {

    @Test
    void listsEveryQuantizerAndDescribesOnesOptions() {
        CliRunner all = CliRunner.run("info", "--quantizers");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("int8", "ant", "lpq", "drift", "panacea");
        CliRunner one = CliRunner.run("info", "panacea");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("Options (precis trace --quantizer panacea --param NAME=VALUE")
                .containsPattern("loBits +int +LO slice width when dbs is off \\(default 4, range \\[1, 7\\]\\)")
                .contains("dbsCoverage", "range (0, 1]");
        CliRunner lpq = CliRunner.run("info", "lpq");
        assertThat(lpq.out()).contains("range [2, ∞)", "nChoices", "int list", "each in [2, 16]");
    }

    @Test
    void componentTypesKeepTheirNamesAndUnknownNamesStayErrors() {
        assertThat(CliRunner.run("info", "dram").out()).contains("Parameters:");
        CliRunner both = CliRunner.run("info", "--quantizers", "dram");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either --quantizers or TYPE");
    }
}
