package dev.precis.workloads.operand;

import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;

/** What a quantizer receives for one layer: the layer, its GEMM at the batch, and both operands' GEMM views. */
public record LayerOperands(int layerIndex, Layer layer, int batch, GemmShape gemm, GemmOperand a, GemmOperand b) {
}
