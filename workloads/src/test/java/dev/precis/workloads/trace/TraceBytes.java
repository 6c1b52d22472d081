package dev.precis.workloads.trace;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Test helper: locates the record frames of a valid trace and re-seals a frame's CRC after a mutation. */
final class TraceBytes {

    /** Offset of a frame's type byte and its payload length. */
    record Frame(int offset, int payloadLength) {
        int payloadOffset() {
            return offset + TraceFormat.FRAME_PREFIX_BYTES;
        }

        int crcOffset() {
            return payloadOffset() + payloadLength;
        }
    }

    private TraceBytes() {
    }

    static List<Frame> frames(byte[] file) {
        List<Frame> frames = new ArrayList<>();
        int pos = TraceFormat.PREAMBLE_BYTES;
        while (pos < file.length) {
            int length = ByteBuffer.wrap(file, pos + 1, 4).getInt();
            frames.add(new Frame(pos, length));
            pos += TraceFormat.FRAME_PREFIX_BYTES + length + TraceFormat.CRC_BYTES;
        }
        return frames;
    }

    /** Recomputes the CRC of a frame so that only the semantic checks can catch a payload change. */
    static void reseal(byte[] file, Frame frame) {
        CRC32 crc = new CRC32();
        crc.update(file, frame.offset(), TraceFormat.FRAME_PREFIX_BYTES + frame.payloadLength());
        ByteBuffer.wrap(file, frame.crcOffset(), 4).putInt((int) crc.getValue());
    }
}
