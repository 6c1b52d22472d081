package dev.precis.workloads.trace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Big-endian decoder of one record payload; every read names its field, so a short payload is reported precisely. */
final class PayloadReader {

    private final ByteBuffer buffer;
    private final Path file;
    private final long recordNumber;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    PayloadReader(ByteBuffer buffer, Path file, long recordNumber) {
        this.buffer = buffer;
        this.file = file;
        this.recordNumber = recordNumber;
    }

    TraceFormatException error(String field, String problem) {
        return new TraceFormatException(file, recordNumber, field, problem);
    }

    private void need(int bytes, String field) throws TraceFormatException {
        if (buffer.remaining() < bytes) {
            throw error(field, "payload ends early (" + buffer.remaining() + " bytes left, " + bytes + " needed)");
        }
    }

    int u8(String field) throws TraceFormatException {
        need(1, field);
        return buffer.get() & 0xFF;
    }

    int u16(String field) throws TraceFormatException {
        need(2, field);
        return buffer.getShort() & 0xFFFF;
    }

    int i32(String field) throws TraceFormatException {
        need(4, field);
        return buffer.getInt();
    }

    long u32(String field) throws TraceFormatException {
        need(4, field);
        return buffer.getInt() & 0xFFFFFFFFL;
    }

    long i64(String field) throws TraceFormatException {
        need(8, field);
        return buffer.getLong();
    }

    float f32(String field) throws TraceFormatException {
        need(4, field);
        return buffer.getFloat();
    }

    double f64(String field) throws TraceFormatException {
        need(8, field);
        return buffer.getDouble();
    }

    /** A count that must lie in [min, max] and whose elements of elementBytes each must fit in the payload. */
    int count(String field, int min, int max, int elementBytes) throws TraceFormatException {
        int n = i32(field);
        if (n < min || n > max) {
            throw error(field, "count " + n + " outside [" + min + ", " + max + "]");
        }
        if ((long) n * elementBytes > buffer.remaining()) {
            throw error(field, "count " + n + " needs " + (long) n * elementBytes + " bytes but only "
                    + buffer.remaining() + " remain");
        }
        return n;
    }

    String string(String field) throws TraceFormatException {
        int length = u16(field + ".length");
        need(length, field);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        try {
            return utf8.decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw error(field, "invalid UTF-8");
        }
    }

    void requireEnd(String lastField) throws TraceFormatException {
        if (buffer.hasRemaining()) {
            throw error(lastField, buffer.remaining() + " unexpected bytes after the last field");
        }
    }

}
