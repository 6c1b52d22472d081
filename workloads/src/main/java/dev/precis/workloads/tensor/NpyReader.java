package dev.precis.workloads.tensor;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Imports a NumPy {@code .npy} array (format versions 1.0, 2.0 and 3.0 of
 * numpy/lib/format.py) as a {@link FloatTensor}: float32, float16 (converted exactly) or
 * int8 (as whole numbers), little- or big-endian, C order. A 0-d array becomes shape [1].
 * Fortran order, other dtypes, zero-size arrays and files whose length does not match
 * the header fail with a {@link NpyFormatException} that names the file and the problem.
 */
public final class NpyReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK_ELEMENTS = 1 << 16;

    private NpyReader() {
    }

    public static FloatTensor read(Path file) throws IOException {
        long fileBytes = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            readFully(in, magic, file, "magic string");
            if (!Arrays.equals(magic, MAGIC)) {
                throw new NpyFormatException(file, "not a .npy file (missing the \\x93NUMPY magic string)");
            }
            int major = readByte(in, file, "format version");
            int minor = readByte(in, file, "format version");
            long headerLength;
            int prefix;
            if (major == 1) {
                headerLength = readLittleEndian(in, 2, file);
                prefix = 10;
            } else if (major == 2 || major == 3) {
                headerLength = readLittleEndian(in, 4, file);
                prefix = 12;
            } else {
                throw new NpyFormatException(file, "unsupported .npy format version " + major + "." + minor
                        + " (supported: 1.0, 2.0, 3.0)");
            }
            if (headerLength > fileBytes - prefix) {
                throw new NpyFormatException(file, "header length " + headerLength + " exceeds the file ("
                        + fileBytes + " bytes)");
            }
            byte[] headerBytes = new byte[(int) headerLength];
            readFully(in, headerBytes, file, "header");
            String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            NpyHeader header = NpyHeader.parse(file, text);
            if (header.fortranOrder()) {
                throw new NpyFormatException(file, "Fortran-order arrays are not supported; save with C order "
                        + "(numpy.ascontiguousarray)");
            }
            int[] shape = header.shape().length == 0 ? new int[] {1} : header.shape();
            long elements = 1;
            for (int d : shape) {
                if (d == 0) {
                    throw new NpyFormatException(file, "zero-size array (shape " + Arrays.toString(shape) + ")");
                }
                elements *= d;
                if (elements > Integer.MAX_VALUE - 8) {
                    throw new NpyFormatException(file, "array of shape " + Arrays.toString(header.shape())
                            + " is too large for one tensor");
                }
            }
            long expectedData = elements * header.dtype().bytes();
            long actualData = fileBytes - prefix - headerLength;
            if (actualData != expectedData) {
                throw new NpyFormatException(file, "data section has " + actualData + " bytes but shape "
                        + Arrays.toString(header.shape()) + " of " + header.dtype() + " needs " + expectedData);
            }
            float[] values = new float[(int) elements];
            readData(in, values, header.dtype(), header.order(), file);
            return new FloatTensor(values, shape);
        }
    }

    private static void readData(DataInputStream in, float[] values, NpyDtype dtype, ByteOrder order, Path file)
            throws IOException {
        byte[] chunk = new byte[CHUNK_ELEMENTS * dtype.bytes()];
        for (int start = 0; start < values.length; start += CHUNK_ELEMENTS) {
            int count = Math.min(CHUNK_ELEMENTS, values.length - start);
            readFully(in, chunk, 0, count * dtype.bytes(), file);
            ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, count * dtype.bytes()).order(order);
            for (int i = 0; i < count; i++) {
                values[start + i] = switch (dtype) {
                    case FLOAT32 -> buffer.getFloat();
                    case FLOAT16 -> Float16.toFloat(buffer.getShort());
                    case INT8 -> buffer.get();
                };
            }
        }
    }

    private static long readLittleEndian(DataInputStream in, int bytes, Path file) throws IOException {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value |= (long) readByte(in, file, "header length") << (8 * i);
        }
        return value;
    }

    private static int readByte(DataInputStream in, Path file, String what) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new NpyFormatException(file, "file ends inside the " + what);
        }
        return b;
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String what) throws IOException {
        try {
            in.readFully(target);
        } catch (EOFException e) {
            throw new NpyFormatException(file, "file ends inside the " + what);
        }
    }

    private static void readFully(DataInputStream in, byte[] target, int offset, int length, Path file)
            throws IOException {
        try {
            in.readFully(target, offset, length);
        } catch (EOFException e) {
            throw new NpyFormatException(file, "file ends inside the data section");
        }
    }
}
