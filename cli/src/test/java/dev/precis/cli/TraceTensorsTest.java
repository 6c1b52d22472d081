package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.NpyFormatException;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceSummary;
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
                new TraceRequest(model.toString(), "int8", 3, 1, out, tensors), progress::add);
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
                new TraceRequest(model.toString(), "int8", 3, 1, out, tensors), line -> { }))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("proj.weight.npy")
                .hasMessageContaining("[20, 130]");
        assertThat(out).doesNotExist();
    }
}
