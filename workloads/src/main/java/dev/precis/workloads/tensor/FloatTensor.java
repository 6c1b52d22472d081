package dev.precis.workloads.tensor;

import java.util.Arrays;

/**
 * A dense tensor of 32-bit floats in C (row-major) order with its shape.
 *
 * <p>The value array is owned by the tensor and handed out without copying (tensors are
 * large); callers must not modify it.
 */
public final class FloatTensor {

    private final float[] values;
    private final int[] shape;

    public FloatTensor(float[] values, int... shape) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("a tensor needs at least one dimension");
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
