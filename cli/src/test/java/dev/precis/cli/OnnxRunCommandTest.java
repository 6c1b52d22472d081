package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.onnx.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code precis run --onnx MODEL}: an accelerator replays the trace of an ONNX model's real tensors. */
class OnnxRunCommandTest {

    @TempDir
    static Path dir;

    @Test
    void theShippedModelRunsOnDriftAtTheBatchOfItsInputsAndLeavesNoTemporaryTrace() throws Exception {
        long before = temporaryTraces();
        CliRunner r = CliRunner.run("run", "--accelerator", "drift", "--onnx", "hello-deepa", "--inputs", "4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("hello-deepa on drift, batch 4", "/layer1/Gemm", "total");
        assertThat(r.err()).contains("run: trace: hello-deepa", "ran 4 synthetic inputs", "run: [3/3] /last_layer/Gemm");
        assertThat(temporaryTraces()).isEqualTo(before);
    }

    @Test
    void aModelFileRunsOnASystolicArrayWithItsSyntheticBaseline() throws Exception {
        Path model = Files.write(dir.resolve("tiny.onnx"), TestModels.convReluMatmul().toByteArray());
        CliRunner real = CliRunner.run("run", "--accelerator", "systolic", "--onnx", model.toString(), "--inputs", "2");
        assertThat(real.exitCode()).as(real.err()).isZero();
        assertThat(real.out()).contains("tiny on systolic, batch 2", "conv1", "fc1");
        CliRunner synthetic = CliRunner.run("run", "--accelerator", "systolic", "--onnx", model.toString(), "--inputs", "2",
                "--synthetic-operands");
        assertThat(synthetic.exitCode()).as(synthetic.err()).isZero();
        assertThat(synthetic.err()).contains("every operand synthetic (seed 1), batch 2");
    }

    static Stream<BadInput> cases() throws Exception {
        byte[] whole = TestModels.convReluMatmul().toByteArray();
        String damaged = Files.write(dir.resolve("damaged.onnx"), Arrays.copyOf(whole, whole.length / 2)).toString();
        String good = Files.write(dir.resolve("good.onnx"), whole).toString();
        return Stream.of(
                BadInput.of("a damaged model", BadInput.ERROR, "run", "--accelerator", "drift", "--onnx", damaged)
                        .mentions(damaged + ": not an ONNX model"),
                BadInput.of("--onnx with --model", BadInput.USAGE, "run", "--accelerator", "drift", "--onnx", good,
                        "--model", "resnet18").mentions("--onnx", "--model"),
                BadInput.of("--onnx with --batch", BadInput.USAGE, "run", "--accelerator", "drift", "--onnx", good,
                        "--batch", "2").mentions("--batch does not apply to --onnx"),
                BadInput.of("--inputs without --onnx", BadInput.USAGE, "run", "--accelerator", "drift", "--model",
                        "resnet18", "--inputs", "2").mentions("need --onnx MODEL"),
                BadInput.of("an unknown accelerator", BadInput.ERROR, "run", "--accelerator", "drfit", "--onnx", good)
                        .mentions("unknown accelerator 'drfit'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }

    private static long temporaryTraces() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("precis-run-onnx")).count();
        }
    }
}
