package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis trace inspect}. */
class TraceInspectBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> cases() throws Exception {
        Path gemm = Files.writeString(dir.resolve("tiny.gemm"), "name,M,N,K\nproj,64,32,128\n");
        Path good = dir.resolve("good.trace");
        CliRunner written = CliRunner.run("trace", "--model", gemm.toString(), "--quantizer", "int8", "--out", good.toString());
        if (written.exitCode() != 0) throw new IllegalStateException(written.err());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.trace"), Arrays.copyOf(bytes, bytes.length / 2));
        return Stream.of(
                BadInput.of("missing file", BadInput.ERROR, "trace", "inspect", dir.resolve("absent.trace").toString())
                        .mentions("no such file: ", "absent.trace"),
                BadInput.of("not a trace", BadInput.ERROR, "trace", "inspect",
                        Files.writeString(dir.resolve("text.trace"), "not a trace at all").toString()).mentions("text.trace", "record 0", "magic"),
                BadInput.of("empty file", BadInput.ERROR, "trace", "inspect",
                        Files.writeString(dir.resolve("empty.trace"), "").toString()).mentions("empty.trace"),
                BadInput.of("truncated trace", BadInput.ERROR, "trace", "inspect", truncated.toString())
                        .mentions("truncated.trace", "record"),
                BadInput.of("a directory", BadInput.ERROR, "trace", "inspect", dir.toString()).mentions(dir + ": is a directory"),
                BadInput.of("unknown format", BadInput.USAGE, "trace", "inspect", good.toString(), "--format", "xml")
                        .mentions("--format"),
                BadInput.of("no file", BadInput.USAGE, "trace", "inspect").mentions("FILE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }
}
