package dev.precis.components.noc.booksim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.components.noc.NocConfig;
import dev.precis.components.noc.NocExperiment;
import dev.precis.tlm.describe.ParameterException;
import org.junit.jupiter.api.Test;

class BookSimConfigReaderTest {

    private static BookSimConfig read(String text) {
        return BookSimConfigReader.parse("net.cfg", text);
    }

    @Test
    void keysTheFileOmitsTakeBookSim2sDefaults() {
        BookSimConfig c = read("topology = mesh;\nrouting_function = dor;\n");
        NocConfig net = NocConfig.builder().setAll(c.network()).build();
        // booksim_config.cpp: num_vcs 16, vc_buf_size 8, credit_delay 0, routing_delay 1, input_speedup 1,
        // wait_for_tail_credit 0, k 8, n 2.
        assertThat(net.numVcs()).isEqualTo(16);
        assertThat(net.vcBufSize()).isEqualTo(8);
        assertThat(net.creditDelay()).isZero();
        assertThat(net.routingDelay()).isEqualTo(1);
        assertThat(net.inputSpeedup()).isEqualTo(1);
        assertThat(net.waitForTailCredit()).isFalse();
        assertThat(net.topology().nodes()).isEqualTo(64);
        NocExperiment exp = NocExperiment.from(NocExperiment.resolve(c.experiment()), net.topology());
        assertThat(exp.injectionRate()).isEqualTo(0.1);
        assertThat(exp.seed()).isZero();
        assertThat(exp.run().warmupPeriods()).isEqualTo(3);
        assertThat(c.sets("topology")).isTrue();
        assertThat(c.sets("num_vcs")).isFalse();
    }

    @Test
    void commentsWhiteSpaceAndStatementsAcrossLinesAreBookSim2Syntax() {
        BookSimConfig c = read("// a comment\ntopology = torus; k = 4;   // two on a line\nrouting_function\n  ="
                + " dim_order\n;\nnum_vcs=4;\r\nwait_for_tail_credit = 2;\n");
        NocConfig net = NocConfig.builder().setAll(c.network()).build();
        assertThat(net.topology().name()).isEqualTo("torus");
        assertThat(net.topology().nodes()).isEqualTo(16);
        assertThat(net.numVcs()).isEqualTo(4);
        // BookSim2 reads it as an integer and tests > 0.
        assertThat(net.waitForTailCredit()).isTrue();
        assertThat(c.lines()).containsEntry("routing_function", 3).containsEntry("num_vcs", 6);
    }

    @Test
    void malformedStatementsNameFileAndLine() {
        assertThatThrownBy(() -> read("topology = mesh;\nnum_vcs 8;\n"))
                .hasMessage("net.cfg line 2: malformed statement: expected '=' after 'num_vcs' but found '8'");
        assertThatThrownBy(() -> read("num_vcs = 8\nk = 4;\n"))
                .hasMessage("net.cfg line 1: malformed statement: expected ';' after 'num_vcs = 8' but found 'k'");
        assertThatThrownBy(() -> read("k = ;"))
                .hasMessageStartingWith("net.cfg line 1: malformed statement: expected a value after 'k ='");
        assertThatThrownBy(() -> read("\n\ninjection_rate = {0.1, 0.2};"))
                .hasMessageContaining("net.cfg line 3").hasMessageContaining("vector and quoted values");
        assertThatThrownBy(() -> read("= 4;")).hasMessageStartingWith("net.cfg line 1: malformed statement: expected a key");
        assertThatThrownBy(() -> read("k = 4")).hasMessageContaining("the end of the file");
    }

    @Test
    void aKeySetTwiceIsAnErrorNamingBothLines() {
        assertThatThrownBy(() -> read("k = 4;\nrouting_function = dor;\nk = 8;\n"))
                .hasMessage("net.cfg line 3: k is set again (first on line 1); set each key once");
    }

    @Test
    void unknownAndUnmodelledKeysAreListedWithTheirLinesAndRefusedUnlessIgnored() {
        BookSimConfig c = read("topology = mesh;\nrouting_function = dor;\nnum_vc = 4;\nspeculative = 1;\n"
                + "hold_switch_for_packet = 0;\nx = 4;\n");
        assertThat(c.notModelled()).containsExactly("line 3: unknown key 'num_vc' (did you mean num_vcs?)",
                "line 4: speculative = 1 (Precis models only BookSim2's default, 0)");
        assertThatThrownBy(c::requireModelled).isInstanceOf(ParameterException.class)
                .hasMessage("net.cfg: keys Precis does not model: line 3: unknown key 'num_vc' (did you mean num_vcs?);"
                        + " line 4: speculative = 1 (Precis models only BookSim2's default, 0)"
                        + " (give --ignore-unknown to run without them)");
    }

    @Test
    void valuesPrecisCannotRunAreErrorsEvenWhenUnknownKeysAreIgnored() {
        assertThatThrownBy(() -> read("topology = mesh;\nrouting_function = dor;\nrouter = event;\n"))
                .hasMessage("net.cfg line 3: router = event is a BookSim2 setting Precis does not model; Precis models iq");
        assertThatThrownBy(() -> read("topology = dragonfly;\nrouting_function = min;\n"))
                .hasMessageStartingWith("net.cfg line 1: topology = dragonfly is a BookSim2 setting Precis does not model");
        assertThatThrownBy(() -> read("topology = mesh;\nrouting_function = dor;\nseed = time;\n"))
                .hasMessageStartingWith("net.cfg line 3: seed = time gives a different run each time");
        assertThatThrownBy(() -> read("topology = mesh;\nrouting_function = dor;\ntraffic = hotspot;\n"))
                .hasMessageStartingWith("net.cfg line 3: traffic = hotspot: BookSim2's hotspot");
        assertThatThrownBy(() -> read("topology = mesh;\n"))
                .hasMessageStartingWith("net.cfg: routing_function is not set");
    }

    @Test
    void aBrokenRuleBetweenKeysPointsAtTheLinesThatSetThem() {
        BookSimConfig c = read("topology = torus;\nk = 4;\nrouting_function = dim_order;\nnum_vcs = 1;\n");
        ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(ParameterException.class,
                () -> NocConfig.builder().setAll(c.network()).build());
        assertThat(c.locate(e).getMessage()).startsWith("net.cfg line 4 (num_vcs), line 1 (topology): num_vcs = 1")
                .contains("at least 2 virtual channels");
        ParameterException range = org.junit.jupiter.api.Assertions.assertThrows(ParameterException.class,
                () -> NocConfig.builder().setAll(read("topology = mesh;\nrouting_function = dor;\nvc_buf_size = 0;\n")
                        .network()).build());
        assertThat(read("topology = mesh;\nrouting_function = dor;\nvc_buf_size = 0;\n").locate(range).getMessage())
                .startsWith("net.cfg line 3 (vc_buf_size): ").contains("below its minimum 1");
    }
}
