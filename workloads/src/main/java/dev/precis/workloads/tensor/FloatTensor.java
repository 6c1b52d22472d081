package dev.precis.workloads.tensor;

import java.util.Arrays;

/**
 * A dense tensor of 32-bit floats in C (row-major) order with its shape: what tensor sources
 * produce and what the quantizers of {@code quant} take. The first axis is the "row" axis: the
 * output channel of a weight tensor, the M (token/pixel) axis of a lowered activation matrix; the
 * other axes flatten into one row of {@link #rowLength()} values.
 *
 * <p>The value array is owned by the tensor and handed out without copying (tensors are
 * large): the caller hands it over on construction and nobody may modify it afterwards.
 */
public final class FloatTensor {

    private final float[] values;
    private final int[] shape;

    public FloatTensor(float[] values, int... shape) {
        if (values == null || shape == null || shape.length == 0) {
            throw new IllegalArgumentException("a tensor needs values and at least one dimension");
        }
        long size = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("tensor dimensions must be positive: " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values but " + values.length + " were given");
        }
        this.values = values;
        this.shape = shape.clone();
    }

    /** A 2-D tensor {@code [rows, cols]}. */
    public static FloatTensor matrix(float[] values, int rows, int cols) {
        return new FloatTensor(values, rows, cols);
    }

    /** The values in C order; not a copy, do not modify. */
    public float[] values() {
        return values;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dimension(int axis) {
        return shape[axis];
    }

    public int size() {
        return values.length;
    }

    /** Size of the first axis. */
    public int rows() {
        return shape[0];
    }

    /** Number of values per row (product of the remaining axes). */
    public int rowLength() {
        return values.length / shape[0];
    }

    /** Largest absolute value (0 for an all-zero tensor). */
    public float maxAbs() {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** True when shapes and every value are bit-identical. */
    public boolean contentEquals(FloatTensor other) {
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (Float.floatToRawIntBits(values[i]) != Float.floatToRawIntBits(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
