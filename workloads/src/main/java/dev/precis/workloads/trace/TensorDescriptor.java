package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;

/**
 * The static numeric format of one operand tensor: type name (e.g. {@code int8},
 * {@code uint8}, {@code flint4}, {@code lp(8,1,3,0.5)}), bits per value, and the
 * affine parameters: real = scale x (code - zeroPoint). Per tensor: one scale and one
 * zero point; per channel: one scale per channel and one zero point shared or per channel.
 */
public record TensorDescriptor(TensorRole role, String typeName, int bits, boolean perChannel,
                               float[] scales, int[] zeroPoints) {

    public TensorDescriptor {
        scales = scales.clone();
        zeroPoints = zeroPoints.clone();
    }

    public static TensorDescriptor perTensor(TensorRole role, String typeName, int bits, float scale, int zeroPoint) {
        return new TensorDescriptor(role, typeName, bits, false, new float[] {scale}, new int[] {zeroPoint});
    }

    @Override
    public float[] scales() {
        return scales.clone();
    }

    @Override
    public int[] zeroPoints() {
        return zeroPoints.clone();
    }

    int scaleCount() {
        return scales.length;
    }

    float scale(int i) {
        return scales[i];
    }

    int zeroPointCount() {
        return zeroPoints.length;
    }

    int zeroPoint(int i) {
        return zeroPoints[i];
    }
}
