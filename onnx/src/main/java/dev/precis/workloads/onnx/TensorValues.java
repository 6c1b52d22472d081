package dev.precis.workloads.onnx;

import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.tensor.Float16;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The values of an initializer or a {@code Constant} node's tensor, as the ONNX schema stores them:
 * in {@code raw_data} (little-endian, fixed width) or in the typed repeated field. Floats come out of
 * FLOAT, FLOAT16 and DOUBLE tensors; integers (shapes, axes) out of INT64 and INT32 tensors. Data
 * stored outside the file, other types and a value count that does not match the dimensions fail with
 * an {@link OnnxFormatException} naming the tensor.
 */
final class TensorValues {

    private TensorValues() {
    }

    /** The tensor's dimensions (empty for a scalar). */
    static int[] dims(String source, TensorProto t) {
        int[] dims = new int[t.getDimsCount()];
        for (int i = 0; i < dims.length; i++) {
            long d = t.getDims(i);
            if (d < 0 || d > Integer.MAX_VALUE) {
                throw new OnnxFormatException(source, "tensor " + t.getName() + ": impossible dimension " + d);
            }
            dims[i] = (int) d;
        }
        return dims;
    }

    static long count(int[] dims) {
        long n = 1;
        for (int d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    static float[] floats(String source, TensorProto t) {
        requireEmbedded(source, t);
        int n = checkedCount(source, t);
        float[] values = new float[n];
        boolean raw = t.hasRawData();
        switch (t.getDataType()) {
            case TensorProto.DataType.FLOAT_VALUE -> {
                if (raw) {
                    ByteBuffer b = rawBuffer(source, t, n, 4);
                    b.asFloatBuffer().get(values);
                } else {
                    requireCount(source, t, t.getFloatDataCount(), n);
                    for (int i = 0; i < n; i++) {
                        values[i] = t.getFloatData(i);
                    }
                }
            }
            case TensorProto.DataType.FLOAT16_VALUE -> {
                if (raw) {
                    ByteBuffer b = rawBuffer(source, t, n, 2);
                    for (int i = 0; i < n; i++) {
                        values[i] = Float16.toFloat(b.getShort());
                    }
                } else {
                    requireCount(source, t, t.getInt32DataCount(), n);
                    for (int i = 0; i < n; i++) {
                        values[i] = Float16.toFloat((short) t.getInt32Data(i));
                    }
                }
            }
            case TensorProto.DataType.DOUBLE_VALUE -> {
                if (raw) {
                    ByteBuffer b = rawBuffer(source, t, n, 8);
                    for (int i = 0; i < n; i++) {
                        values[i] = (float) b.getDouble();
                    }
                } else {
                    requireCount(source, t, t.getDoubleDataCount(), n);
                    for (int i = 0; i < n; i++) {
                        values[i] = (float) t.getDoubleData(i);
                    }
                }
            }
            default -> throw new OnnxFormatException(source, "tensor " + t.getName() + " has data type "
                    + typeName(t.getDataType()) + "; weights must be FLOAT, FLOAT16 or DOUBLE");
        }
        return values;
    }

    static long[] longs(String source, TensorProto t) {
        requireEmbedded(source, t);
        int n = checkedCount(source, t);
        long[] values = new long[n];
        boolean raw = t.hasRawData();
        switch (t.getDataType()) {
            case TensorProto.DataType.INT64_VALUE -> {
                if (raw) {
                    rawBuffer(source, t, n, 8).asLongBuffer().get(values);
                } else {
                    requireCount(source, t, t.getInt64DataCount(), n);
                    for (int i = 0; i < n; i++) {
                        values[i] = t.getInt64Data(i);
                    }
                }
            }
            case TensorProto.DataType.INT32_VALUE -> {
                if (raw) {
                    ByteBuffer b = rawBuffer(source, t, n, 4);
                    for (int i = 0; i < n; i++) {
                        values[i] = b.getInt();
                    }
                } else {
                    requireCount(source, t, t.getInt32DataCount(), n);
                    for (int i = 0; i < n; i++) {
                        values[i] = t.getInt32Data(i);
                    }
                }
            }
            default -> throw new OnnxFormatException(source, "tensor " + t.getName() + " has data type "
                    + typeName(t.getDataType()) + " where integers (INT64 or INT32) are expected");
        }
        return values;
    }

    static boolean isInteger(TensorProto t) {
        return t.getDataType() == TensorProto.DataType.INT64_VALUE || t.getDataType() == TensorProto.DataType.INT32_VALUE;
    }

    static String typeName(int code) {
        TensorProto.DataType type = TensorProto.DataType.forNumber(code);
        return type == null ? "unknown (" + code + ")" : type.name();
    }

    private static void requireEmbedded(String source, TensorProto t) {
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL || t.getExternalDataCount() > 0) {
            throw new OnnxFormatException(source, "tensor " + t.getName()
                    + " keeps its data in an external file; save the model with its weights inside the .onnx file");
        }
        if (t.hasSegment()) {
            throw new OnnxFormatException(source, "tensor " + t.getName() + " is stored in segments, which are not supported");
        }
    }

    private static int checkedCount(String source, TensorProto t) {
        long n = count(dims(source, t));
        if (n > Integer.MAX_VALUE - 8) {
            throw new OnnxFormatException(source, "tensor " + t.getName() + " of shape "
                    + Arrays.toString(dims(source, t)) + " is too large for one tensor");
        }
        return (int) n;
    }

    private static ByteBuffer rawBuffer(String source, TensorProto t, int n, int width) {
        int bytes = t.getRawData().size();
        if (bytes != (long) n * width) {
            throw new OnnxFormatException(source, "tensor " + t.getName() + " of shape "
                    + Arrays.toString(dims(source, t)) + " needs " + (long) n * width + " bytes of raw data but has "
                    + bytes);
        }
        return t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void requireCount(String source, TensorProto t, int actual, int expected) {
        if (actual != expected) {
            throw new OnnxFormatException(source, "tensor " + t.getName() + " of shape "
                    + Arrays.toString(dims(source, t)) + " holds " + actual + " values but needs " + expected);
        }
    }
}
