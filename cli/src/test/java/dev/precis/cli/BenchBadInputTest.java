package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input to {@code precis bench kernel}, {@code bench dram} and {@code bench noc}: sizes beyond
 * the heap are refused from an estimate before anything is built, in one line naming the option.
 */
class BenchBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> kernelCases() {
        return Stream.of(
                BadInput.of("a billion ring components", BadInput.ERROR, "bench", "kernel", "--model", "ring", "--components",
                        "1000000000", "--events", "10").mentions("--model ring --components 1000000000 needs about ",
                        "of heap (estimated)"),
                BadInput.of("a fully connected PHOLD of a million", BadInput.ERROR, "bench", "kernel", "--model", "phold",
                        "--components", "1000000", "--events", "10").mentions("--components 1000000 (499,999,500,000 links)"),
                BadInput.of("one actor each for 20000 components", BadInput.ERROR, "bench", "kernel", "--model", "ring",
                        "--engine", "actor", "--components", "20000", "--events", "10").mentions("on 20,000 actors needs about "),
                BadInput.of("a huge population", BadInput.ERROR, "bench", "kernel", "--model", "phold", "--components", "100",
                        "--population", "2147483647", "--events", "10").mentions("--population 2147483647"),
                BadInput.of("components beyond an int", BadInput.USAGE, "bench", "kernel", "--model", "ring", "--components",
                        "3000000000", "--events", "10").mentions("--components", "3000000000"),
                BadInput.of("no components", BadInput.USAGE, "bench", "kernel", "--model", "ring", "--components", "0",
                        "--events", "10").mentions("--components must be >= 1"),
                BadInput.of("a ring of one", BadInput.USAGE, "bench", "kernel", "--model", "ring", "--components", "1",
                        "--events", "10").mentions("--components must be >= 2 for a ring"),
                BadInput.of("no events", BadInput.USAGE, "bench", "kernel", "--model", "ring", "--components", "4",
                        "--events", "0").mentions("--events must be >= 1"),
                BadInput.of("too many threads", BadInput.USAGE, "bench", "kernel", "--model", "ring", "--components", "4",
                        "--events", "10", "--threads", "100000").mentions("--threads must be <= 1024"),
                BadInput.of("more actors than components", BadInput.USAGE, "bench", "kernel", "--model", "ring",
                        "--components", "4", "--events", "10", "--actors", "5").mentions("--actors"),
                BadInput.of("unknown model", BadInput.USAGE, "bench", "kernel", "--model", "mesh", "--components", "8",
                        "--events", "10").mentions("--model"));
    }

    static Stream<BadInput> dramCases() throws Exception {
        String trace = Files.writeString(dir.resolve("ok.trace"), "0x40 READ 0\n").toString();
        return Stream.of(
                BadInput.of("no runs", BadInput.USAGE, "bench", "dram", "--trace", trace, "--runs", "0").mentions("--runs must be >= 1"),
                BadInput.of("bad configuration", BadInput.ERROR, "bench", "dram", "--trace", trace, "--preset",
                        Files.writeString(dir.resolve("neg.ini"), DramBadInputTest.DDR4_INI.replace("CL = 17", "CL = -5")).toString())
                        .mentions("neg.ini line 13: CL = -5: must be > 0 cycles"),
                BadInput.of("cycles going backwards", BadInput.ERROR, "bench", "dram", "--trace",
                        Files.writeString(dir.resolve("back.trace"), "0x40 READ 9\n0x80 READ 1\n").toString())
                        .mentions("back.trace line 2: cycle"),
                BadInput.of("empty trace", BadInput.ERROR, "bench", "dram", "--trace",
                        Files.writeString(dir.resolve("empty.trace"), "").toString()).mentions("empty.trace: trace: no requests"),
                BadInput.of("missing trace", BadInput.ERROR, "bench", "dram", "--trace", dir.resolve("absent.trace").toString())
                        .mentions("no such file: "));
    }

    static Stream<BadInput> nocCases() {
        return Stream.of(
                BadInput.of("a mesh too large for the heap", BadInput.ERROR, "bench", "noc", "--k", "1000")
                        .mentions("mesh k = 1000, n = 2 (1000000 nodes)", "of heap (estimated)"),
                BadInput.of("no runs", BadInput.USAGE, "bench", "noc", "--runs", "0").mentions("--runs must be >= 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nocCases")
    void benchNocIsRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernelCases")
    void benchKernelIsRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dramCases")
    void benchDramIsRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }
}
