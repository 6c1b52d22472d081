package dev.precis.workloads.trace;

import dev.precis.io.AtomicFile;
import dev.precis.workloads.zoo.TensorRole;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes a trace record by record, streaming: memory use is one tile block, whatever the
 * model. Everything goes through an {@link AtomicFile} write; {@link #commit()} writes the
 * end record, forces the data to disk and renames the file onto the target atomically, so
 * readers never see a partial trace. Closing without committing deletes the temporary file. Every record passes the same {@link TraceValidator} as on reading.
 *
 * <pre>
 * try (TraceWriter w = TraceWriter.create(path, header)) {
 *     for each layer: w.beginLayer(layerRecord); w.writeTiles(role, columns)...; w.endLayer();
 *     w.commit();
 * }
 * </pre>
 */
public final class TraceWriter implements Closeable {

    private final Path target;
    private final AtomicFile.Pending file;
    private final DataOutputStream out;
    private final TraceValidator validator;
    private final PayloadWriter payload = new PayloadWriter();
    private final CRC32 crc = new CRC32();
    private final Map<TensorRole, Long> nextTile = new EnumMap<>(TensorRole.class);
    private long records;
    private int currentLayer = -1;
    private boolean committed;
    private boolean closed;

    private TraceWriter(Path target, AtomicFile.Pending file) {
        this.target = target;
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(file.stream(), 1 << 16));
        this.validator = new TraceValidator(target);
    }

    public static TraceWriter create(Path target, TraceHeader header) throws IOException {
        TraceWriter writer = new TraceWriter(target, AtomicFile.open(target));
        try {
            writer.out.write(TraceFormat.MAGIC);
            writer.out.writeShort(TraceFormat.MAJOR_VERSION);
            writer.out.writeShort(TraceFormat.MINOR_VERSION);
            writer.write(header);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return writer;
    }

    public void beginLayer(LayerRecord layer) throws IOException {
        write(layer);
        currentLayer = layer.layerIndex();
        nextTile.clear();
    }

    /**
     * Appends tiles of one operand of the current layer, continuing where the previous call
     * for that operand stopped; operands must be written in the order the layer declared them.
     */
    public void writeTiles(TensorRole role, TileColumns columns) throws IOException {
        long first = nextTile.getOrDefault(role, 0L);
        for (int from = 0; from < columns.size(); from += TraceFormat.BLOCK_TILES) {
            int count = Math.min(TraceFormat.BLOCK_TILES, columns.size() - from);
            TileColumns part = from == 0 && count == columns.size() ? columns : columns.slice(from, count);
            write(new TileBlock(currentLayer, role, first + from, part));
        }
        nextTile.put(role, first + columns.size());
    }

    /** Closes the current layer with totals computed from the tiles written. */
    public void endLayer() throws IOException {
        write(new LayerEnd(currentLayer, validator.currentTotals()));
    }

    /** Writes the end record, syncs and atomically renames the file onto the target; returns its size in bytes. */
    public long commit() throws IOException {
        write(new TraceEnd(records, validator.totalTiles()));
        out.flush();
        closed = true;
        file.commit();
        committed = true;
        return Files.size(target);
    }

    private void write(TraceRecord record) throws IOException {
        if (closed) {
            throw new IllegalStateException("trace writer for " + target + " is closed");
        }
        validator.accept(record, records + 1);
        int type = RecordCodec.encode(record, payload);
        int length = payload.length();
        if (length > TraceFormat.MAX_PAYLOAD_BYTES) {
            throw new TraceFormatException(target, records + 1, "length", "payload of " + length
                    + " bytes exceeds the format's limit of " + TraceFormat.MAX_PAYLOAD_BYTES);
        }
        byte[] prefix = {(byte) type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length};
        crc.reset();
        crc.update(prefix);
        crc.update(payload.buffer().array(), 0, length);
        out.write(prefix);
        out.write(payload.buffer().array(), 0, length);
        out.writeInt((int) crc.getValue());
        records++;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (!committed) {
            file.close();
        }
    }
}
