package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.NpyFormatException;
import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.TensorRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis trace --tensors DIR}: operands imported from .npy files. */
class TraceTensorsTest {

    @TempDir
    Path dir;

    /** A little-endian float32 .npy file, version 1.0, as numpy.save writes it. */
    static byte[] npy(float[] values, int... shape) throws IOException {
        String dims = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                + (shape.length == 1 ? "," : "");
        StringBuilder header = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }");
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(header.length() & 0xFF);
        out.write(header.length() >>> 8);
        out.write(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer data = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            data.putFloat(v);
        }
        out.write(data.array());
        return out.toByteArray();
    }

    @Test
    void importedOperandsReplaceSyntheticOnesInTheTrace() throws IOException {
        Path model = dir.resolve("one.gemm");
        Files.writeString(model, "proj,50,20,130\n");
        Path tensors = Files.createDirectory(dir.resolve("tensors"));
        float[] input = new float[50 * 130];
        Arrays.fill(input, 130, input.length, 1f); // first row all zero
        // A PyTorch dump of a linear layer's input is [batch, features]-shaped: 2-D, same count.
        Files.write(tensors.resolve("proj.input.npy"), npy(input, 50, 130));
        List<String> progress = new ArrayList<>();
        Path out = dir.resolve("imported.trace");
        TraceCommandLogic.withBuiltIns().write(
                new TraceRequest(model.toString(), "int8", 3, 1, out, tensors).withPartialTensors(true), progress::add);
        OperandTotals a = TraceSummary.read(out).layers().get(0).end().totals().get(0);
        assertThat(a.nonzero()).isEqualTo(49L * 130);
        assertThat(progress.get(progress.size() - 1)).startsWith("imported 1 of 2 operands");
    }

    @Test
    void wrongSizeNamesTheFileAndTheExpectedShape() throws IOException {
        Path model = dir.resolve("one.gemm");
        Files.writeString(model, "proj,50,20,130\n");
        Path tensors = Files.createDirectory(dir.resolve("t"));
        Files.write(tensors.resolve("proj.weight.npy"), npy(new float[130 * 21], 21, 130));
        Path out = dir.resolve("bad.trace");
        assertThatThrownBy(() -> TraceCommandLogic.withBuiltIns().write(
                new TraceRequest(model.toString(), "int8", 3, 1, out, tensors).withPartialTensors(true), line -> { }))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("proj.weight.npy")
                .hasMessageContaining("[20, 130]");
        assertThat(out).doesNotExist();
    }

    private Path oneLayerModel() throws IOException {
        Path model = dir.resolve("one.gemm");
        Files.writeString(model, "proj,50,20,130\n");
        return model;
    }

    private CliRunner trace(Path model, String... extra) {
        List<String> args = new ArrayList<>(List.of("trace", "--model", model.toString(), "--quantizer", "int8",
                "--out", dir.resolve("t.trace").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aMissingDirectoryOrOneWithoutAnyOperandIsAnError() throws IOException {
        Path model = oneLayerModel();
        CliRunner missing = trace(model, "--tensors", dir.resolve("absent").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("precis trace: error: --tensors ").contains("absent: no such directory");
        Path unrelated = Files.createDirectory(dir.resolve("unrelated"));
        Files.write(unrelated.resolve("other.input.npy"), npy(new float[4], 2, 2));
        CliRunner none = trace(model, "--tensors", unrelated.toString(), "--allow-partial-tensors");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("holds none of the 2 operands of one", "proj.input.npy", "proj.weight.npy");
        assertThat(dir.resolve("t.trace")).doesNotExist();
    }

    @Test
    void partialCoverageNeedsTheFlagAndTheHeaderSaysWhichOperandsWereReal() throws IOException {
        Path model = oneLayerModel();
        Path tensors = Files.createDirectory(dir.resolve("partial"));
        Files.write(tensors.resolve("proj.input.npy"), npy(new float[50 * 130], 50, 130));
        CliRunner refused = trace(model, "--tensors", tensors.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("holds 1 of the 2 operands of one", "missing proj.weight.npy",
                "--allow-partial-tensors").doesNotContain("Exception");
        assertThat(dir.resolve("t.trace")).doesNotExist();

        CliRunner allowed = trace(model, "--tensors", tensors.toString(), "--allow-partial-tensors");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        TraceHeader h = TraceSummary.read(dir.resolve("t.trace")).header();
        assertThat(h.importedOperands()).containsExactly(new OperandRef(0, TensorRole.INPUT));
        assertThat(h.imported(0, TensorRole.WEIGHT)).isFalse();
        CliRunner text = CliRunner.run("trace", "inspect", dir.resolve("t.trace").toString());
        assertThat(text.out()).contains("operands: 1 of 2 real, imported from .npy files").contains("zero point 0, real");

        CliRunner flagAlone = trace(model, "--allow-partial-tensors");
        assertThat(flagAlone.exitCode()).isEqualTo(1);
        assertThat(flagAlone.err()).contains("--allow-partial-tensors needs --tensors DIR");
    }

    @Test
    void aDirectoryWithEveryOperandNeedsNoFlagAndIsRecordedWhole() throws IOException {
        Path model = oneLayerModel();
        Path tensors = Files.createDirectory(dir.resolve("full"));
        Files.write(tensors.resolve("proj.input.npy"), npy(new float[50 * 130], 50, 130));
        Files.write(tensors.resolve("proj.weight.npy"), npy(new float[20 * 130], 20, 130));
        CliRunner r = trace(model, "--tensors", tensors.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("imported 2 of 2 operands");
        assertThat(TraceSummary.read(dir.resolve("t.trace")).header().importedOperands())
                .containsExactly(new OperandRef(0, TensorRole.INPUT), new OperandRef(0, TensorRole.WEIGHT));
    }
}
