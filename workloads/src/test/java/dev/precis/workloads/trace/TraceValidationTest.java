package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceValidationTest {

    @TempDir
    Path dir;

    private byte[] valid;
    private List<TraceBytes.Frame> frames;

    @BeforeEach
    void writeFixture() throws IOException {
        Path file = dir.resolve("valid.trace");
        TraceFixtures.write(file);
        valid = Files.readAllBytes(file);
        frames = TraceBytes.frames(valid);
    }

    private static void readAll(Path file) throws IOException {
        try (TraceReader r = TraceReader.open(file)) {
            while (r.next() != null) {
                // drain
            }
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void validFixtureReadsCompletely() throws IOException {
        readAll(dir.resolve("valid.trace"));
        // header, 3 x (layer + 2 blocks + layer end), end
        assertThat(frames).hasSize(1 + 3 * 4 + 1);
    }

    @Test
    void truncationAtARecordBoundaryNamesTheMissingRecord() throws IOException {
        TraceBytes.Frame last = frames.get(frames.size() - 1);
        Path file = write("cut.trace", Arrays.copyOf(valid, last.offset()));
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("cut.trace").hasMessageContaining("record " + frames.size())
                .hasMessageContaining("truncated");
    }

    @Test
    void truncationInsideAPayloadIsReported() throws IOException {
        TraceBytes.Frame block = frames.get(2);
        Path file = write("mid.trace", Arrays.copyOf(valid, block.payloadOffset() + 7));
        TraceFormatException e = readFails(file);
        assertThat(e.recordNumber()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("length");
        assertThat(e).hasMessageContaining("truncated");
    }

    @Test
    void flippedBitIsCaughtByTheCrcOfItsRecord() throws IOException {
        byte[] bytes = valid.clone();
        TraceBytes.Frame layer = frames.get(1);
        bytes[layer.payloadOffset() + 10] ^= 0x04;
        TraceFormatException e = readFails(write("flip.trace", bytes));
        assertThat(e.recordNumber()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("crc");
        assertThat(e).hasMessageContaining("layer record is corrupted");
    }

    @Test
    void otherMajorOrNewerMinorVersionIsRejected() throws IOException {
        int next = TraceFormat.MAJOR_VERSION + 1;
        byte[] major = valid.clone();
        major[9] = (byte) next;
        TraceFormatException e = readFails(write("v" + next + ".trace", major));
        assertThat(e.recordNumber()).isZero();
        assertThat(e.field()).isEqualTo("version");
        assertThat(e).hasMessageContaining("format version " + next + ".0 is not supported");
        byte[] older = valid.clone();
        older[9] = (byte) (TraceFormat.MAJOR_VERSION - 1);
        assertThat(readFails(write("old.trace", older)))
                .hasMessageContaining("format version " + (TraceFormat.MAJOR_VERSION - 1) + ".0 is not supported");
        byte[] minor = valid.clone();
        minor[11] = 1;
        assertThat(readFails(write("v.1.trace", minor))).hasMessageContaining(TraceFormat.MAJOR_VERSION + ".1");
        byte[] magic = valid.clone();
        magic[1] = 'X';
        assertThat(readFails(write("magic.trace", magic)).field()).isEqualTo("magic");
    }

    @Test
    void trailingBytesAfterTheEndRecordAreRejected() throws IOException {
        byte[] bytes = Arrays.copyOf(valid, valid.length + 1);
        TraceFormatException e = readFails(write("trailing.trace", bytes));
        assertThat(e.recordNumber()).isEqualTo(frames.size());
        assertThat(e).hasMessageContaining("after the end record");
    }

    @Test
    void semanticallyWrongButCrcValidTileIsRejectedByField() throws IOException {
        byte[] bytes = valid.clone();
        TraceBytes.Frame block = frames.get(2); // first tile block, layer 0 input: 32-value tiles
        // Payload: layerIndex(4) role(1) fields(1) firstTile(8) count(4), then nonzero u16 per tile.
        ByteBuffer.wrap(bytes, block.payloadOffset() + 18, 2).putShort((short) 40);
        TraceBytes.reseal(bytes, block);
        TraceFormatException e = readFails(write("nonzero.trace", bytes));
        assertThat(e.recordNumber()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("nonzero[0]");
        assertThat(e).hasMessageContaining("40 nonzero values but holds only 32");
    }

    @Test
    void aDescriptorWithoutScalesCannotBeWritten() throws IOException {
        // what a layer described for a replay holds (types and bits only) must never pass for a trace's descriptor
        var layer = TraceFixtures.LAYERS.get(0);
        LayerRecord full = TraceFixtures.layerRecord(0, layer);
        List<TensorDescriptor> tensors = full.tensors().stream()
                .map(t -> new TensorDescriptor(t.role(), t.typeName(), t.bits(), t.perChannel(), new float[0], t.zeroPoints()))
                .toList();
        LayerRecord scaleless = new LayerRecord(0, layer, full.gemm(), tensors, full.tilings(), full.statistics());
        Path file = dir.resolve("scaleless.trace");
        try (TraceWriter w = TraceWriter.create(file, TraceFixtures.header())) {
            assertThatThrownBy(() -> w.beginLayer(scaleless)).isInstanceOf(TraceFormatException.class)
                    .hasMessageContaining("tensors[0].scales").hasMessageContaining("no scales");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void wrongLayerTotalsAreRejected() throws IOException {
        byte[] bytes = valid.clone();
        TraceBytes.Frame end = frames.get(4); // layer-end of layer 0
        // layerIndex(4) count(1) role(1) fields(1) tiles(8) nonzero(8)
        int nonzero = end.payloadOffset() + 4 + 1 + 1 + 1 + 8;
        ByteBuffer.wrap(bytes, nonzero, 8).putLong(ByteBuffer.wrap(bytes, nonzero, 8).getLong() + 1);
        TraceBytes.reseal(bytes, end);
        TraceFormatException e = readFails(write("totals.trace", bytes));
        assertThat(e.recordNumber()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("totals[0]");
    }

    @Test
    void droppedRecordBreaksTheSequence() throws IOException {
        TraceBytes.Frame block = frames.get(3);
        int blockBytes = TraceFormat.FRAME_PREFIX_BYTES + block.payloadLength() + TraceFormat.CRC_BYTES;
        byte[] bytes = new byte[valid.length - blockBytes];
        System.arraycopy(valid, 0, bytes, 0, block.offset());
        System.arraycopy(valid, block.offset() + blockBytes, bytes, block.offset(), valid.length - block.offset() - blockBytes);
        TraceFormatException e = readFails(write("dropped.trace", bytes));
        assertThat(e.recordNumber()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("totals[1].tiles");
    }

    @Test
    void hugeDeclaredLengthFailsWithoutAllocating() throws IOException {
        byte[] bytes = valid.clone();
        ByteBuffer.wrap(bytes, frames.get(1).offset() + 1, 4).putInt(Integer.MAX_VALUE);
        TraceFormatException e = readFails(write("length.trace", bytes));
        assertThat(e.field()).isEqualTo("length");
    }

    private static TraceFormatException readFails(Path file) {
        try {
            readAll(file);
        } catch (TraceFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected a TraceFormatException, got " + e, e);
        }
        throw new AssertionError(file + " was accepted");
    }
}
