package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.AffineQuantization;

/**
 * A layer under static int-k quantization (the int8 baseline of precision-flexible accelerators).
 *
 * <p>What a trace needs: the two numeric descriptors ({@link #weights()}: symmetric, one scale per
 * output channel; {@link #activations()}: per tensor, symmetric or asymmetric with a zero point),
 * and the nonzero counts. Codes are in input order ({@code x ~ (code - zeroPoint) * scale}).
 *
 * @param weights weight quantization parameters
 * @param weightCodes weight codes
 * @param activations activation quantization parameters
 * @param activationCodes activation codes (unsigned codes stored modulo 256 when bits = 8)
 * @param weightMse weight quantization MSE
 * @param activationMse activation quantization MSE
 * @param weightNonzeros nonzero weight codes
 * @param activationNonzeros activation codes different from the zero point
 */
public record IntLayerResult(AffineQuantization weights, short[] weightCodes, AffineQuantization activations,
                             short[] activationCodes, double weightMse, double activationMse, long weightNonzeros,
                             long activationNonzeros) {
}
