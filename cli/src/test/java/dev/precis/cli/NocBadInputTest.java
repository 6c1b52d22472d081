package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input to {@code precis noc}, from a configuration file or a flag: a non-zero exit, one line on stderr
 * naming the file and line, the key or the option, no stack trace, nothing on stdout, no file left behind.
 */
class NocBadInputTest {

    private static final String MESH = "topology = mesh;\nk = 4;\nrouting_function = dor;\n";

    /** A case: the .cfg text (null: no --config), the other arguments, exit status, and what the line says. */
    static Stream<Arguments> cases() {
        return Stream.of(
                bad("malformed statement", MESH + "num_vcs 8;\n", List.of(), 1,
                        "bad.cfg line 4: malformed statement: expected '=' after 'num_vcs'"),
                bad("missing semicolon", MESH + "num_vcs = 8\nvc_buf_size = 4;\n", List.of(), 1,
                        "bad.cfg line 4: malformed statement: expected ';' after 'num_vcs = 8'"),
                bad("unknown key", MESH + "num_vc = 4;\n", List.of(), 1,
                        "bad.cfg: keys Precis does not model: line 4: unknown key 'num_vc' (did you mean num_vcs?)",
                        "--ignore-unknown"),
                bad("known key not modelled", MESH + "speculative = 1;\n", List.of(), 1,
                        "line 4: speculative = 1 (Precis models only BookSim2's default, 0)"),
                bad("value not modelled", MESH + "router = event;\n", List.of(), 1,
                        "bad.cfg line 4: router = event is a BookSim2 setting Precis does not model"),
                bad("topology not modelled", "topology = fly;\nrouting_function = dest_tag;\n", List.of(), 1,
                        "bad.cfg line 1: topology = fly"),
                bad("key set twice", MESH + "k = 8;\n", List.of(), 1,
                        "bad.cfg line 4: k is set again (first on line 2)"),
                bad("no routing function", "topology = mesh;\n", List.of(), 1, "bad.cfg: routing_function is not set"),
                bad("seed = time", MESH + "seed = time;\n", List.of(), 1, "bad.cfg line 4: seed = time"),
                bad("value below its range", MESH + "vc_buf_size = 0;\n", List.of(), 1,
                        "bad.cfg line 4 (vc_buf_size)", "vc_buf_size", "below its minimum 1"),
                bad("rule across keys", "topology = torus;\nk = 4;\nrouting_function = dim_order;\nnum_vcs = 1;\n",
                        List.of(), 1, "bad.cfg line 4 (num_vcs), line 1 (topology)", "at least 2 virtual channels"),
                bad("dor on a torus", "topology = torus;\nrouting_function = dor;\n", List.of(), 1,
                        "bad.cfg line 2 (routing_function), line 1 (topology)", "no dor_torus"),
                bad("traffic not for these nodes", MESH.replace("k = 4", "k = 3") + "traffic = transpose;\n",
                        List.of(), 1, "bad.cfg line 4 (traffic), line 1 (topology), line 2 (k)", "transpose"),
                bad("packet rate over one flit", MESH + "packet_size = 4;\ninjection_rate = 0.5;\n", List.of(), 1,
                        "bad.cfg line 5 (injection_rate), line 4 (packet_size)", "injection_rate x packet_size <= 1"),
                bad("swept packet rate over one flit", MESH + "packet_size = 4;\n", List.of("--rates", "0.1,0.5"), 1,
                        "offered load 0.5 packets/node/cycle x packet_size 4 = 2.0 flits/node/cycle"),
                bad("missing file", null, List.of("--config", "nowhere.cfg"), 1, "nowhere.cfg"),
                bad("flag below its range", null, List.of("--num-vcs", "0"), 1, "num_vcs", "below its minimum 1"),
                bad("flag not a number", null, List.of("--k", "four"), 1, "'k' = 'four'", "not a valid int"),
                bad("flag choice", null, List.of("--topology", "hypercube"), 1, "hypercube", "mesh"),
                bad("fractional internal speedup", null, List.of("--internal-speedup", "1.5"), 1,
                        "internal_speedup = 1.5", "whole number"),
                bad("no switch traversal time", null, List.of("--st-final-delay", "0"), 1,
                        "st_prepare_delay + st_final_delay = 0"),
                bad("network too large for the heap", null, List.of("--k", "5000"), 1, "k = 5000", "GiB of heap",
                        "PRECIS_JAVA_OPTS=-Xmx"),
                bad("network too large for an int", null, List.of("--k", "100000"), 1, "k = 100000, n = 2",
                        "k^n must fit"),
                bad("rate out of range", null, List.of("--rates", "0.1,1.5"), 2, "--rates", "(0, 1]"),
                bad("ignore-unknown without a file", null, List.of("--ignore-unknown"), 2, "--ignore-unknown"),
                bad("flag overriding the file badly", MESH, List.of("--vc-buf-size", "-3"), 1, "vc_buf_size",
                        "below its minimum 1"));
    }

    private static Arguments bad(String name, String cfg, List<String> args, int exit, String... says) {
        return Arguments.of(name, cfg, args, exit, List.of(says));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneClearLineAndNoOutput(String name, String cfg, List<String> args, int exit, List<String> says,
                                           @TempDir Path dir) throws IOException {
        // One light load keeps the cases that should run short; not where the file or the case gives the rate.
        boolean rateGiven = args.contains("--rates") || cfg != null && cfg.contains("injection_rate");
        List<String> argv = new ArrayList<>(rateGiven ? List.of("noc") : List.of("noc", "--rates", "0.1"));
        if (cfg != null) {
            Path file = dir.resolve("bad.cfg");
            Files.writeString(file, cfg);
            argv.addAll(List.of("--config", file.toString()));
        } else if (args.contains("--config")) {
            argv.addAll(List.of("--config", dir.resolve(args.get(args.indexOf("--config") + 1)).toString()));
            args = List.of();
        }
        argv.addAll(args);
        CliRunner r = CliRunner.run(argv.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exit);
        assertThat(r.out()).as("stdout").isEmpty();
        String[] lines = r.err().strip().split("\n");
        if (exit == 1) {
            assertThat(lines).as(r.err()).hasSize(1);
            assertThat(lines[0]).startsWith("precis noc: error: ");
        }
        for (String s : says) {
            assertThat(r.err()).contains(s);
        }
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("files left").allMatch(n -> n.equals("bad.cfg"));
        }
    }
}
