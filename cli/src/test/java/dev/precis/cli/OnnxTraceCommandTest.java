package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.onnx.TestModels;
import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.TensorRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis trace --onnx MODEL}: layers, weights and activations from an ONNX model. */
class OnnxTraceCommandTest {

    @TempDir
    Path dir;

    private Path tinyModel() throws Exception {
        return Files.write(dir.resolve("tiny.onnx"), TestModels.convReluMatmul().toByteArray());
    }

    @Test
    void syntheticInputsGiveATraceWhoseBatchIsTheirCountAndWhoseComputedOperandsAreReal() throws Exception {
        Path out = dir.resolve("tiny.trace");
        CliRunner r = CliRunner.run("trace", "--onnx", tinyModel().toString(), "--inputs", "2", "--quantizer", "int8",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ran 2 synthetic inputs (standard Gaussian, seed 1) with ONNX Runtime");
        TraceSummary s = TraceSummary.read(out);
        assertThat(s.header().model()).isEqualTo("tiny");
        assertThat(s.header().batch()).isEqualTo(2);
        assertThat(s.header().importedOperands()).containsExactly(new OperandRef(0, TensorRole.WEIGHT),
                new OperandRef(1, TensorRole.INPUT), new OperandRef(1, TensorRole.WEIGHT));
    }

    @Test
    void inputsFromANpyFileAreRealAndTheirActivationsReachTheQuantizer() throws Exception {
        float[] two = new float[32];
        for (int i = 0; i < 16; i++) {
            two[i] = i - 6;
            two[16 + i] = 2 * (i - 6);
        }
        Path npy = Files.write(dir.resolve("x.npy"), TraceTensorsTest.npy(two, 2, 1, 4, 4));
        Path out = dir.resolve("real.trace");
        CliRunner r = CliRunner.run("trace", "--onnx", tinyModel().toString(), "--input-npy", npy.toString(),
                "--quantizer", "int8", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        TraceSummary s = TraceSummary.read(out);
        assertThat(s.header().batch()).isEqualTo(2);
        assertThat(s.header().importedOperands()).hasSize(4);
        // The fc layer's input is the Relu output: 0, 0, 27, 36, 5, 5, 5, 5 per sample (times 2 for the second).
        OperandTotals fcInput = s.layers().get(1).end().totals().get(0);
        assertThat(fcInput.role()).isEqualTo(TensorRole.INPUT);
        assertThat(fcInput.nonzero()).isEqualTo(12);
    }

    @Test
    void syntheticOperandsKeepTheLayerShapesAndImportNothing() throws Exception {
        Path out = dir.resolve("synthetic.trace");
        CliRunner r = CliRunner.run("trace", "--onnx", tinyModel().toString(), "--synthetic-operands", "--inputs", "3",
                "--quantizer", "int8", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        TraceSummary s = TraceSummary.read(out);
        assertThat(s.header().importedOperands()).isEmpty();
        assertThat(s.header().batch()).isEqualTo(3);
        assertThat(s.layers().get(0).layer().layer().name()).isEqualTo("conv1");
        assertThat(s.layers().get(1).layer().gemm().k()).isEqualTo(8L);
    }

    @Test
    void theShippedModelIsNamedWithoutAPath() throws Exception {
        Path out = dir.resolve("hd.trace");
        CliRunner r = CliRunner.run("trace", "--onnx", "hello-deepa", "--inputs", "2", "--quantizer", "drift", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        TraceSummary s = TraceSummary.read(out);
        assertThat(s.header().model()).isEqualTo("hello-deepa");
        assertThat(s.layers()).hasSize(3);
        assertThat(s.header().importedOperands()).hasSize(5);
    }
}
