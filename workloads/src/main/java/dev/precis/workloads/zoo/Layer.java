package dev.precis.workloads.zoo;

/**
 * One compute layer of a model, reduced to what an accelerator model needs: its shape and
 * its GEMM lowering. Non-GEMM layers (pooling, normalisation, softmax, element-wise) are
 * not listed: the accelerators Precis models run only the GEMMs.
 */
public sealed interface Layer permits ConvLayer, FcLayer, MatMulLayer {

    String name();

    /** The GEMM view of this layer at the given batch size. */
    GemmShape gemm(int batch);

    /** Distribution family of operand A (the input activations). */
    ActivationKind inputKind();

    /** True when operand B is a weight tensor; false when it is a second activation (attention). */
    boolean hasWeights();

    /** The role of operand B: {@link TensorRole#WEIGHT}, or {@link TensorRole#SECOND_INPUT} of an attention product. */
    default TensorRole operandBRole() {
        return hasWeights() ? TensorRole.WEIGHT : TensorRole.SECOND_INPUT;
    }

    /** The same layer under another name (used by the ANT artifact variants). */
    Layer renamed(String newName);

    /** Short type tag: {@code conv}, {@code fc} or {@code matmul}. */
    String kind();

    default long macs(int batch) {
        return gemm(batch).macs();
    }

    static void requirePositiveBatch(int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive, got " + batch);
        }
    }
}
