package dev.precis.workloads.trace;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Streams the records of a trace file, validating each: frame, CRC32, payload syntax and
 * the semantic rules of {@link TraceValidator}. Memory use is one record. Any defect -
 * truncation, corruption, wrong version, inconsistency, trailing bytes - is a
 * {@link TraceFormatException} naming the file, record number and field.
 *
 * <pre>
 * try (TraceReader r = TraceReader.open(path)) {
 *     TraceHeader h = r.header();
 *     for (TraceRecord rec = r.next(); rec != null; rec = r.next()) { ... }  // TraceEnd comes last
 * }
 * </pre>
 */
public final class TraceReader implements Closeable {

    private final Path file;
    private final DataInputStream in;
    private final TraceValidator validator;
    private final CRC32 crc = new CRC32();
    private final TraceHeader header;
    private final int minorVersion;
    private final long fileBytes;
    private long position;
    private long recordNumber;
    private boolean finished;

    private TraceReader(Path file, DataInputStream in, long fileBytes) throws IOException {
        this.file = file;
        this.in = in;
        this.fileBytes = fileBytes;
        this.validator = new TraceValidator(file);
        this.minorVersion = readPreamble();
        TraceRecord first = readRecord();
        if (!(first instanceof TraceHeader h)) {
            throw new IllegalStateException("validator accepted a non-header first record");
        }
        this.header = h;
    }

    public static TraceReader open(Path file) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            return new TraceReader(file, in, Files.size(file));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads a trace held in memory; {@code name} is used in error messages. */
    static TraceReader open(Path name, byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        try {
            return new TraceReader(name, in, bytes.length);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public TraceHeader header() {
        return header;
    }

    /** Minor format version of the file (readers accept files up to their own minor version). */
    public int minorVersion() {
        return minorVersion;
    }

    public Path file() {
        return file;
    }

    /** The next record; the last one is the {@link TraceEnd}; after it, null. */
    public TraceRecord next() throws IOException {
        if (finished) {
            return null;
        }
        TraceRecord record = readRecord();
        if (record instanceof TraceEnd) {
            finished = true;
            if (in.read() >= 0) {
                throw new TraceFormatException(file, recordNumber, "end", "unexpected bytes after the end record");
            }
        }
        return record;
    }

    /** The file's operand tiling of the current layer for a role (what a tile block's coordinates refer to). */
    public OperandTiling tilingOf(dev.precis.workloads.zoo.TensorRole role) {
        return validator.tilingOf(role);
    }

    private int readPreamble() throws IOException {
        byte[] magic = new byte[TraceFormat.MAGIC.length];
        readFully(magic, "magic", "the magic number");
        if (!Arrays.equals(magic, TraceFormat.MAGIC)) {
            throw new TraceFormatException(file, 0, "magic", "not a Precis trace (magic number mismatch)");
        }
        byte[] version = new byte[4];
        readFully(version, "version", "the format version");
        position = TraceFormat.PREAMBLE_BYTES;
        int major = ((version[0] & 0xFF) << 8) | (version[1] & 0xFF);
        int minor = ((version[2] & 0xFF) << 8) | (version[3] & 0xFF);
        if (major != TraceFormat.MAJOR_VERSION || minor > TraceFormat.MINOR_VERSION) {
            throw new TraceFormatException(file, 0, "version", "format version " + major + "." + minor
                    + " is not supported by this reader (reads " + TraceFormat.MAJOR_VERSION + ".0 to "
                    + TraceFormat.MAJOR_VERSION + "." + TraceFormat.MINOR_VERSION + ")");
        }
        return minor;
    }

    private TraceRecord readRecord() throws IOException {
        recordNumber++;
        int type = in.read();
        if (type < 0) {
            throw new TraceFormatException(file, recordNumber, "type",
                    "file ends before the end record (truncated)");
        }
        byte[] lengthBytes = new byte[4];
        readFully(lengthBytes, "length", "the record length");
        int length = ByteBuffer.wrap(lengthBytes).getInt();
        if (length < 0 || length > TraceFormat.MAX_PAYLOAD_BYTES) {
            throw new TraceFormatException(file, recordNumber, "length", "payload length " + (length & 0xFFFFFFFFL)
                    + " outside [0, " + TraceFormat.MAX_PAYLOAD_BYTES + "]");
        }
        long remaining = fileBytes - position - 1 - lengthBytes.length;
        if (length + (long) TraceFormat.CRC_BYTES > remaining) {
            throw new TraceFormatException(file, recordNumber, "length", "payload length " + length
                    + " runs past the end of the file (" + remaining + " bytes left): truncated or corrupted");
        }
        byte[] payload = new byte[length];
        readFully(payload, "payload", "the " + length + "-byte payload");
        byte[] crcBytes = new byte[4];
        readFully(crcBytes, "crc", "the CRC32");
        crc.reset();
        crc.update(type);
        crc.update(lengthBytes);
        crc.update(payload);
        long stored = ByteBuffer.wrap(crcBytes).getInt() & 0xFFFFFFFFL;
        if (stored != crc.getValue()) {
            throw new TraceFormatException(file, recordNumber, "crc", "CRC32 mismatch (stored "
                    + Long.toHexString(stored) + ", computed " + Long.toHexString(crc.getValue())
                    + "): the " + TraceFormat.typeName(type) + " record is corrupted");
        }
        TraceRecord record = RecordCodec.decode(type, new PayloadReader(ByteBuffer.wrap(payload), file, recordNumber));
        validator.accept(record, recordNumber);
        position += TraceFormat.FRAME_PREFIX_BYTES + length + TraceFormat.CRC_BYTES;
        return record;
    }

    private void readFully(byte[] target, String field, String what) throws IOException {
        try {
            in.readFully(target);
        } catch (EOFException e) {
            throw new TraceFormatException(file, recordNumber, field, "file ends inside " + what + " (truncated)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
