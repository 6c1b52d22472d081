package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis trace}: one line, nothing on stdout, no trace file left. */
class TraceBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> cases() throws Exception {
        String gemm = Files.writeString(dir.resolve("tiny.gemm"), "name,M,N,K\nproj,64,32,128\n").toString();
        String huge = Files.writeString(dir.resolve("huge.gemm"), "name,M,N,K\nwide,65536,8,65536\n").toString();
        Path out = dir.resolve("out.trace");
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "x");
        String o = out.toString();
        return Stream.of(
                BadInput.of("batch overflowing an array", BadInput.ERROR, "trace", "--model", "resnet18", "--quantizer", "int8",
                        "--batch", "1000000", "--out", o).mentions("--batch 1000000: layer conv1's input activations would hold "
                        + "1000000 × 3 × 224 × 224 values, more than a Java array holds").writing(out),
                BadInput.of("batch beyond the heap", BadInput.ERROR, "trace", "--model", "resnet18", "--quantizer", "int8",
                        "--batch", "10000", "--out", o).mentions("--batch 10000 (layer ", "of heap (estimated)").writing(out),
                BadInput.of("a model file too large at batch 1", BadInput.ERROR, "trace", "--model", huge, "--quantizer", "int8",
                        "--out", o).mentions("--model " + huge + ": layer wide's input activations").writing(out),
                BadInput.of("batch zero", BadInput.ERROR, "trace", "--model", gemm, "--quantizer", "int8", "--batch", "0",
                        "--out", o).mentions("--batch must be >= 1").writing(out),
                BadInput.of("batch not a number", BadInput.USAGE, "trace", "--model", gemm, "--quantizer", "int8", "--batch",
                        "many", "--out", o).mentions("--batch").writing(out),
                BadInput.of("unknown model", BadInput.ERROR, "trace", "--model", "resnet19", "--quantizer", "int8", "--out", o)
                        .mentions("resnet19", "resnet18").writing(out),
                BadInput.of("unknown quantizer", BadInput.ERROR, "trace", "--model", gemm, "--quantizer", "int7", "--out", o)
                        .mentions("int7").writing(out),
                BadInput.of("unknown quantizer option", BadInput.ERROR, "trace", "--model", gemm, "--quantizer", "drift",
                        "--param", "bogus=1", "--out", o).mentions("unknown option 'bogus'").writing(out),
                BadInput.of("output is a directory", BadInput.ERROR, "trace", "--model", gemm, "--quantizer", "int8", "--out",
                        dir.toString()).mentions("cannot write " + dir + ": it is a directory"),
                BadInput.of("output under a file", BadInput.ERROR, "trace", "--model", gemm, "--quantizer", "int8", "--out",
                        notADir.resolve("x.trace").toString()).mentions(notADir + " is a file, not a directory"),
                BadInput.of("output where nothing may be written", BadInput.ERROR, "trace", "--model", gemm, "--quantizer",
                        "int8", "--out", "/proc/precis.trace").mentions("cannot write /proc/precis.trace: "),
                BadInput.of("no --out", BadInput.USAGE, "trace", "--model", gemm, "--quantizer", "int8")
                        .mentions("--model, --quantizer and --out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNoTraceLeft(BadInput c) {
        c.assertRejected();
    }
}
