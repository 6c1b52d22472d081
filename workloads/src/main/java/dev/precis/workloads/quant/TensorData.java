package dev.precis.workloads.quant;

import java.util.Arrays;

/**
 * A dense float tensor with its shape (row-major). The first axis is the "row" axis: the output
 * channel of a weight tensor, the M (token/pixel) axis of a lowered activation matrix; the other
 * axes flatten into one row of {@link #rowLength()} values.
 *
 * <p>The array is not copied: the caller hands it over and must not modify it afterwards.
 *
 * @param values row-major values
 * @param shape dimensions, all positive, product = values.length
 */
public record TensorData(float[] values, int[] shape) {

    public TensorData {
        if (values == null || shape == null || shape.length == 0) {
            throw new IllegalArgumentException("tensor: values and a non-empty shape are required");
        }
        long product = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("tensor: dimension must be positive, shape " + Arrays.toString(shape));
            }
            product *= d;
        }
        if (product != values.length) {
            throw new IllegalArgumentException("tensor: shape " + Arrays.toString(shape) + " holds " + product
                    + " values but the array has " + values.length);
        }
        shape = shape.clone();
    }

    /** A 2-D tensor {@code [rows, cols]}. */
    public static TensorData matrix(float[] values, int rows, int cols) {
        return new TensorData(values, new int[] {rows, cols});
    }

    /** Size of the first axis. */
    public int rows() {
        return shape[0];
    }

    /** Number of values per row (product of the remaining axes). */
    public int rowLength() {
        return values.length / shape[0];
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorData t && Arrays.equals(values, t.values) && Arrays.equals(shape, t.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "TensorData" + Arrays.toString(shape);
    }
}
