package dev.precis.workloads.trace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Big-endian encoder of one record payload into a reusable, growing buffer. */
final class PayloadWriter {

    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    void reset() {
        buffer.clear();
    }

    ByteBuffer buffer() {
        return buffer;
    }

    int length() {
        return buffer.position();
    }

    private void ensure(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
    }

    void u8(int v) {
        ensure(1);
        buffer.put((byte) v);
    }

    void u16(int v) {
        ensure(2);
        buffer.putShort((short) v);
    }

    void i32(int v) {
        ensure(4);
        buffer.putInt(v);
    }

    void u32(long v) {
        ensure(4);
        buffer.putInt((int) v);
    }

    void i64(long v) {
        ensure(8);
        buffer.putLong(v);
    }

    void f32(float v) {
        ensure(4);
        buffer.putFloat(v);
    }

    void f64(double v) {
        ensure(8);
        buffer.putDouble(v);
    }

    void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("string longer than 65535 UTF-8 bytes: " + s.substring(0, 40) + "...");
        }
        u16(bytes.length);
        ensure(bytes.length);
        buffer.put(bytes);
    }
}
