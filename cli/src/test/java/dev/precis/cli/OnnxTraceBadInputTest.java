package dev.precis.cli;

import dev.precis.workloads.onnx.TestModels;
import dev.precis.workloads.onnx.proto.OnnxProto.ModelProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis trace --onnx}: one line naming file, node and op, no trace left. */
class OnnxTraceBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> cases() throws Exception {
        ModelProto tiny = TestModels.convReluMatmul();
        String good = Files.write(dir.resolve("tiny.onnx"), tiny.toByteArray()).toString();
        byte[] whole = tiny.toByteArray();
        String damaged = Files.write(dir.resolve("damaged.onnx"), Arrays.copyOf(whole, whole.length / 2)).toString();
        String unknownOp = Files.write(dir.resolve("swish.onnx"), tiny.toBuilder().setGraph(tiny.getGraph().toBuilder()
                .setNode(1, TestModels.node("Swish", "act1", new String[] {"c"}, "r"))).build().toByteArray()).toString();
        String dynamic = Files.write(dir.resolve("dynamic.onnx"), tiny.toBuilder().setGraph(tiny.getGraph().toBuilder()
                .setInput(0, TestModels.dynamicInput("x", 1, 4, 4))).build().toByteArray()).toString();
        String wrongNpy = Files.write(dir.resolve("wrong.npy"), TraceTensorsTest.npy(new float[18], 2, 1, 3, 3)).toString();
        Path out = dir.resolve("out.trace");
        String o = out.toString();
        return Stream.of(
                BadInput.of("a damaged file", BadInput.ERROR, "trace", "--onnx", damaged, "--quantizer", "int8", "--out", o)
                        .mentions(damaged + ": not an ONNX model").writing(out),
                BadInput.of("an unknown operator", BadInput.ERROR, "trace", "--onnx", unknownOp, "--quantizer", "int8",
                        "--out", o).mentions(unknownOp + ": node act1 (Swish): unsupported operator").writing(out),
                BadInput.of("a dynamic input without --input-shape", BadInput.ERROR, "trace", "--onnx", dynamic,
                        "--quantizer", "int8", "--out", o).mentions(dynamic + ": input x has the dynamic dimension 'batch'",
                        "--input-shape 1,1,4,4").writing(out),
                BadInput.of("an --input-shape that is not numbers", BadInput.ERROR, "trace", "--onnx", dynamic,
                        "--input-shape", "1,x,4,4", "--quantizer", "int8", "--out", o)
                        .mentions("--input-shape 1,x,4,4: 'x' is not a whole number").writing(out),
                BadInput.of("an --input-shape contradicting the file", BadInput.ERROR, "trace", "--onnx", good,
                        "--input-shape", "1,1,5,4", "--quantizer", "int8", "--out", o)
                        .mentions(good + ": input x has dimension 2 = 4 but the given shape [1, 1, 5, 4] says 5").writing(out),
                BadInput.of("a .npy of another shape", BadInput.ERROR, "trace", "--onnx", good, "--input-npy", wrongNpy,
                        "--quantizer", "int8", "--out", o).mentions(wrongNpy, "does not fit the model's input x [1, 1, 4, 4]")
                        .writing(out),
                BadInput.of("no such model", BadInput.ERROR, "trace", "--onnx", dir.resolve("none.onnx").toString(),
                        "--quantizer", "int8", "--out", o).mentions("none.onnx: no such file, nor a shipped model (hello-deepa)")
                        .writing(out),
                BadInput.of("a directory as model", BadInput.ERROR, "trace", "--onnx", dir.toString(), "--quantizer", "int8",
                        "--out", o).mentions(dir + ": is a directory").writing(out),
                BadInput.of("zero inputs", BadInput.ERROR, "trace", "--onnx", good, "--inputs", "0", "--quantizer", "int8",
                        "--out", o).mentions("--inputs must be >= 1").writing(out),
                BadInput.of("both --inputs and --input-npy", BadInput.USAGE, "trace", "--onnx", good, "--inputs", "2",
                        "--input-npy", wrongNpy, "--quantizer", "int8", "--out", o).mentions("not both").writing(out),
                BadInput.of("--onnx with --model", BadInput.USAGE, "trace", "--onnx", good, "--model", "resnet18",
                        "--quantizer", "int8", "--out", o).mentions("--onnx takes the place of --model").writing(out),
                BadInput.of("--onnx with --batch", BadInput.USAGE, "trace", "--onnx", good, "--batch", "4",
                        "--quantizer", "int8", "--out", o).mentions("the batch is the number of inputs").writing(out),
                BadInput.of("--inputs without --onnx", BadInput.USAGE, "trace", "--model", "resnet18", "--inputs", "2",
                        "--quantizer", "int8", "--out", o).mentions("need --onnx MODEL").writing(out),
                BadInput.of("an unknown quantizer", BadInput.ERROR, "trace", "--onnx", good, "--quantizer", "int7",
                        "--out", o).mentions("int7").writing(out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNoTraceLeft(BadInput c) {
        c.assertRejected();
    }
}
