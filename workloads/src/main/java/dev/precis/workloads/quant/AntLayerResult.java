package dev.precis.workloads.quant;

/**
 * A layer quantized by ANT: both GEMM operands at the layer's precision.
 *
 * <p>What a trace needs: the layer's {@link #bits()} (from the design's precision plan) and each
 * operand's numeric descriptor (type per tensor and per weight channel, alpha and scale), see
 * {@link AntTensorResult}.
 *
 * @param bits precision of the layer
 * @param weights the weight tensor's result (per output channel)
 * @param activations the activation tensor's result (per tensor)
 */
public record AntLayerResult(int bits, AntTensorResult weights, AntTensorResult activations) {
}
