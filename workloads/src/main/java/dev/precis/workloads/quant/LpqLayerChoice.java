package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.LogPosit;

/**
 * LPQ's choice for one layer.
 *
 * <p>What a trace needs: the layer's {@link #type()} LP(n, es, rs, sf) for both operands and the
 * power-of-two pre-scaling of each operand ({@code x ~ decode(code) * 2^shift}).
 *
 * @param name layer name
 * @param type chosen logarithmic posit
 * @param weightShift weights are quantized as {@code w * 2^-weightShift}, with
 *     {@code weightShift = ceil(log2 max|w|)}
 * @param activationShift same for the calibration activations
 * @param outputError relative squared error of the layer's GEMM output on the calibration rows
 * @param tensorError mean relative squared error of weights and activations
 */
public record LpqLayerChoice(String name, LogPosit type, int weightShift, int activationShift, double outputError,
                             double tensorError) {
}
