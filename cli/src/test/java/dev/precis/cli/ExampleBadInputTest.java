package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis example}: one line, no report on stdout, no file left. */
class ExampleBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> cases() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path stats = dir.resolve("stats.json");
        return Stream.of(
                BadInput.of("misspelt example", BadInput.ERROR, "example", "basic-linsk")
                        .mentions("no example named 'basic-linsk'; did you mean basic-links?"),
                BadInput.of("ambiguous example", BadInput.ERROR, "example", "basic").mentions("'basic' is ambiguous"),
                BadInput.of("no generators", BadInput.USAGE, "example", "--generators", "0").mentions("--generators"),
                BadInput.of("too many generators for the heap", BadInput.ERROR, "example", "--generators", "1000000000")
                        .mentions("--generators 1000000000 needs about ", "of heap (estimated)"),
                BadInput.of("too many threads", BadInput.USAGE, "example", "--engine", "actor", "--threads", "100000")
                        .mentions("--threads"),
                BadInput.of("unknown engine", BadInput.USAGE, "example", "--engine", "warp").mentions("--engine"),
                BadInput.of("statistics to an unwritable place", BadInput.ERROR, "example", "--requests", "10", "--stats-json",
                        "/proc/precis-stats.json").mentions("cannot write /proc/precis-stats.json: "),
                BadInput.of("statistics under a file", BadInput.ERROR, "example", "--requests", "10", "--stats-csv",
                        file.resolve("s.csv").toString()).mentions(file + " is a file, not a directory"),
                BadInput.of("VCD to a directory", BadInput.ERROR, "example", "--requests", "10", "--vcd", dir.toString(),
                        "--stats-json", stats.toString()).mentions("cannot write " + dir + ": it is a directory").writing(stats));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNoReport(BadInput c) {
        c.assertRejected();
    }
}
