package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.tracegen.Int8LayerQuantization;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceWriteResult;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandLogicTest {

    @TempDir
    Path dir;

    private final TraceCommandLogic logic = TraceCommandLogic.withBuiltIns();

    private Path gemmList() throws IOException {
        Path file = dir.resolve("tiny.gemm");
        Files.writeString(file, "name,M,N,K,input\nrelu_in,50,20,130,post_relu\nhidden,16,24,96,transformer_hidden\n");
        return file;
    }

    @Test
    void int8TraceOfAZooModelIsWrittenWithProgressAndReadsBack() throws IOException {
        Path out = dir.resolve("mobilenet.trace");
        List<String> progress = new ArrayList<>();
        TraceWriteResult result = logic.write(new TraceRequest("mobilenetv2", "int8", 4, 1, out), progress::add);
        assertThat(result.layers()).isEqualTo(53);
        assertThat(result.bytes()).isEqualTo(Files.size(out));
        assertThat(progress).hasSize(54);
        assertThat(progress.get(0)).startsWith("[1/53] features.0 conv");
        assertThat(progress.get(53)).startsWith("wrote ");
        TraceSummary summary = TraceSummary.read(out);
        assertThat(summary.header().quantizer()).isEqualTo("int8");
        assertThat(summary.header().quantizerParameters()).containsEntry("tileValues", "64");
        assertThat(summary.totalTiles()).isEqualTo(result.tiles());
        // Depthwise layer: one GEMM per channel, K = 9, one short tile per row.
        LayerRecord dw = summary.layers().get(1).layer();
        assertThat(dw.tilings().get(0).grid().groups()).isEqualTo(32);
        assertThat(dw.tilings().get(0).grid().cols()).isEqualTo(9);
    }

    @Test
    void int8NonzeroCountsFollowTheDistributions() throws IOException {
        Path out = dir.resolve("tiny.trace");
        logic.write(new TraceRequest(gemmList().toString(), "int8", 8, 2, out), line -> { });
        TraceSummary summary = TraceSummary.read(out);
        OperandTotals relu = summary.layers().get(0).end().totals().get(0);
        assertThat(relu.role()).isEqualTo(TensorRole.INPUT);
        // Half of a rectified Gaussian is exactly zero; a few more round to zero.
        double reluNonzero = (double) relu.nonzero() / (100 * 130);
        assertThat(reluNonzero).isBetween(0.40, 0.50);
        OperandTotals weights = summary.layers().get(0).end().totals().get(1);
        double weightNonzero = (double) weights.nonzero() / (20 * 130);
        assertThat(weightNonzero).isGreaterThan(0.85);
        TensorDescriptor input = summary.layers().get(0).layer().tensors().get(0);
        assertThat(input.typeName()).isEqualTo("int8");
        assertThat(input.zeroPoints()).containsExactly(0);
        assertThat(summary.layers().get(0).layer().statistics()).containsKeys("int8.input.mse", "int8.weight.mse");
        double mse = summary.layers().get(0).layer().statistics().get("int8.input.mse");
        double scale = input.scales()[0];
        // Uniform rounding error scale^2 / 12 on the positive half; the exact zeros add none.
        assertThat(mse / (scale * scale / 12)).isCloseTo(0.5, within(0.1));
    }

    @Test
    void sameSeedGivesByteIdenticalTracesAndAnotherSeedDoesNot() throws IOException {
        String model = gemmList().toString();
        Path a = dir.resolve("a.trace");
        Path b = dir.resolve("b.trace");
        Path c = dir.resolve("c.trace");
        logic.write(new TraceRequest(model, "int8", 8, 1, a), line -> { });
        logic.write(new TraceRequest(model, "int8", 8, 1, b), line -> { });
        logic.write(new TraceRequest(model, "int8", 9, 1, c), line -> { });
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
    }

    /**
     * Pins the bytes of a small int8 trace: same inputs and seed must give the same file on
     * every machine and build. Change the value only with a deliberate format or generator change
     * (format 2.0 changed the header; the records after it are pinned separately and have not
     * changed since format 1.0).
     */
    @Test
    void traceBytesArePinned() throws IOException {
        Path out = dir.resolve("pinned.trace");
        logic.write(new TraceRequest(gemmList().toString(), "int8", 8, 1, out), line -> { });
        byte[] bytes = Files.readAllBytes(out);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        assertThat(crc.getValue()).isEqualTo(PINNED_TRACE_CRC);
        int headerEnd = 12 + 5 + java.nio.ByteBuffer.wrap(bytes, 13, 4).getInt() + 4;
        crc.reset();
        crc.update(bytes, headerEnd, bytes.length - headerEnd);
        assertThat(crc.getValue()).isEqualTo(PINNED_RECORDS_CRC);
    }

    static final long PINNED_TRACE_CRC = 826343903L;
    /** CRC32 of the records after the header (magic, version and header frame skipped), as format 1.0 wrote them. */
    static final long PINNED_RECORDS_CRC = 800999882L;

    @Test
    void unknownQuantizerAndModelListTheAvailableOnes() {
        Path out = dir.resolve("x.trace");
        assertThatThrownBy(() -> logic.write(new TraceRequest("resnet50", "olaccel", 1, 1, out), line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("olaccel")
                .hasMessageContaining("available: int8, ant, lpq, drift, panacea");
        assertThatThrownBy(() -> logic.write(new TraceRequest("nosuchnet", "int8", 1, 1, out), line -> { }))
                .hasMessageContaining("nosuchnet").hasMessageContaining("resnet50");
        assertThat(out).doesNotExist();
    }

    @Test
    void registryAcceptsAdaptersByName() throws IOException {
        LayerQuantization wrapped = new Int8LayerQuantization(32);
        TraceCommandLogic extended = new TraceCommandLogic(QuantizerRegistry.load().with("int8-32", () -> wrapped));
        assertThat(extended.registry().names()).containsExactly("int8", "ant", "lpq", "drift", "panacea", "int8-32");
        Path out = dir.resolve("t32.trace");
        extended.write(new TraceRequest(gemmList().toString(), "int8-32", 1, 1, out), line -> { });
        assertThat(TraceSummary.read(out).layers().get(0).layer().tilings().get(0).grid().tileCols()).isEqualTo(32);
    }
}
