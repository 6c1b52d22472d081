package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input to {@code precis noc}, from a BookSim2 configuration file or a flag, each rejected with
 * one line naming the file and line, the key or the option, and nothing on stdout.
 */
class NocBadInputTest {
    private static final String MESH = "topology = mesh;\nk = 4;\nrouting_function = dor;\n";

    @TempDir
    static Path dir;

    /** {@code noc --config FILE} with {@code text} in FILE, then {@code more}. */
    private static BadInput cfg(String name, int exitCode, String file, String text, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("noc", "--config", Files.writeString(dir.resolve(file), text).toString()));
        args.addAll(List.of(more));
        return BadInput.of(name, exitCode, args.toArray(String[]::new));
    }

    static Stream<BadInput> cases() throws Exception {
        return Stream.of(
                cfg("malformed statement", BadInput.ERROR, "eq.cfg", MESH + "num_vcs 8;\n")
                        .mentions("eq.cfg line 4: malformed statement: expected '=' after 'num_vcs'"),
                cfg("missing semicolon", BadInput.ERROR, "semi.cfg", MESH + "num_vcs = 8\nvc_buf_size = 4;\n")
                        .mentions("semi.cfg line 4: malformed statement: expected ';' after 'num_vcs = 8'"),
                cfg("unknown key", BadInput.ERROR, "unknown.cfg", MESH + "num_vc = 4;\n")
                        .mentions("unknown.cfg: keys Precis does not model: line 4: unknown key 'num_vc' (did you mean"
                                + " num_vcs?)", "--ignore-unknown"),
                cfg("known key not modelled", BadInput.ERROR, "spec.cfg", MESH + "speculative = 1;\n")
                        .mentions("line 4: speculative = 1 (Precis models only BookSim2's default, 0)"),
                cfg("value not modelled", BadInput.ERROR, "router.cfg", MESH + "router = event;\n")
                        .mentions("router.cfg line 4: router = event is a BookSim2 setting Precis does not model"),
                cfg("topology not modelled", BadInput.ERROR, "fly.cfg", "topology = fly;\nrouting_function = dest_tag;\n")
                        .mentions("fly.cfg line 1: topology = fly"),
                cfg("key set twice", BadInput.ERROR, "twice.cfg", MESH + "k = 8;\n")
                        .mentions("twice.cfg line 4: k is set again (first on line 2)"),
                cfg("no routing function", BadInput.ERROR, "norf.cfg", "topology = mesh;\n")
                        .mentions("norf.cfg: routing_function is not set"),
                cfg("seed = time", BadInput.ERROR, "seed.cfg", MESH + "seed = time;\n").mentions("seed.cfg line 4: seed = time"),
                cfg("value below its range", BadInput.ERROR, "buf.cfg", MESH + "vc_buf_size = 0;\n")
                        .mentions("buf.cfg line 4 (vc_buf_size)", "below its minimum 1"),
                cfg("rule across keys", BadInput.ERROR, "torus.cfg",
                        "topology = torus;\nk = 4;\nrouting_function = dim_order;\nnum_vcs = 1;\n")
                        .mentions("torus.cfg line 4 (num_vcs), line 1 (topology)", "at least 2 virtual channels"),
                cfg("dor on a torus", BadInput.ERROR, "dor.cfg", "topology = torus;\nrouting_function = dor;\n")
                        .mentions("dor.cfg line 2 (routing_function), line 1 (topology)", "no dor_torus"),
                cfg("traffic not for these nodes", BadInput.ERROR, "transpose.cfg",
                        MESH.replace("k = 4", "k = 3") + "traffic = transpose;\n")
                        .mentions("transpose.cfg line 4 (traffic), line 1 (topology), line 2 (k)", "transpose"),
                cfg("packet rate over one flit", BadInput.ERROR, "rate.cfg", MESH + "packet_size = 4;\ninjection_rate = 0.5;\n")
                        .mentions("rate.cfg line 5 (injection_rate), line 4 (packet_size)", "injection_rate x packet_size <= 1"),
                cfg("swept packet rate over one flit", BadInput.USAGE, "sweep.cfg", MESH + "packet_size = 4;\n", "--rates", "0.1,0.5")
                        .mentions("--rates: ", "offered load 0.5 packets/node/cycle x packet_size 4 = 2.0 flits/node/cycle"),
                cfg("flag overriding the file badly", BadInput.ERROR, "ok.cfg", MESH, "--vc-buf-size", "-3")
                        .mentions("vc_buf_size", "below its minimum 1"),
                BadInput.of("missing file", BadInput.ERROR, "noc", "--config", dir.resolve("nowhere.cfg").toString())
                        .mentions("nowhere.cfg"),
                BadInput.of("flag below its range", BadInput.ERROR, "noc", "--num-vcs", "0").mentions("num_vcs", "below its minimum 1"),
                BadInput.of("flag not a number", BadInput.ERROR, "noc", "--k", "four").mentions("'k' = 'four'", "not a valid int"),
                BadInput.of("flag choice", BadInput.ERROR, "noc", "--topology", "hypercube").mentions("hypercube", "mesh"),
                BadInput.of("fractional internal speedup", BadInput.ERROR, "noc", "--internal-speedup", "1.5")
                        .mentions("internal_speedup = 1.5", "whole number"),
                BadInput.of("no switch traversal time", BadInput.ERROR, "noc", "--st-final-delay", "0")
                        .mentions("st_prepare_delay + st_final_delay = 0"),
                BadInput.of("network too large for the heap", BadInput.ERROR, "noc", "--k", "1000")
                        .mentions("mesh k = 1000, n = 2 (1000000 nodes), num_vcs = 8, vc_buf_size = 8 needs about ",
                                "GiB of heap (estimated), more than the "),
                BadInput.of("network too large for an int", BadInput.ERROR, "noc", "--k", "100000")
                        .mentions("k = 100000, n = 2", "k^n must fit"),
                BadInput.of("memory estimate overflowing", BadInput.ERROR, "noc", "--k", "46340", "--num-vcs", "64",
                        "--vc-buf-size", "1000000000").mentions("vc_buf_size = 1000000000", "overflows"),
                BadInput.of("rate out of range", BadInput.USAGE, "noc", "--rates", "0.1,1.5").mentions("--rates: ", "(0, 1]"),
                BadInput.of("ignore-unknown without a file", BadInput.USAGE, "noc", "--ignore-unknown")
                        .mentions("--ignore-unknown applies to --config only"),
                BadInput.of("misspelt option", BadInput.USAGE, "noc", "--num-vc", "4").mentions("--num-vc", "did you mean"),
                BadInput.of("unknown format", BadInput.USAGE, "noc", "--format", "xml").mentions("--format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNothingOnStdout(BadInput c) {
        c.assertRejected();
    }
}
