package dev.precis.validation.papers;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.tracegen.QuantizedLayer;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;

/**
 * One layer as a PE array receives it: one GEMM's work (output stationary) at the quantizer's precisions, the
 * operand formats named as the trace names them, and how many such GEMMs the layer has (groups, heads).
 */
public record LayerFormats(ComputeWork work, OperandFormats formats, long count) {

    /** From the quantizer's descriptors: operand A (INPUT) is the activation, operand B the weight side. */
    public static LayerFormats of(LayerOperands operands, QuantizedLayer quantized) {
        TensorDescriptor a = descriptor(operands, quantized, TensorRole.INPUT);
        TensorDescriptor b = descriptor(operands, quantized, operands.layer().operandBRole());
        return fixed(operands.layerIndex(), operands.layer(), operands.gemm(), b.typeName(), b.bits(), a.typeName(),
                a.bits());
    }

    /** With given formats for every layer (a design that runs every layer in one type). */
    public static LayerFormats fixed(int index, Layer layer, GemmShape g, String weightType, int weightBits,
                                     String activationType, int activationBits) {
        String name = index + ":" + layer.name();
        ComputeWork work = new ComputeWork(name, new GemmDims(g.m(), g.n(), g.k()),
                new OperandPrecision(weightBits, activationBits), Dataflow.OUTPUT_STATIONARY);
        return new LayerFormats(work, OperandFormats.of(weightType, activationType), g.count());
    }

    private static TensorDescriptor descriptor(LayerOperands operands, QuantizedLayer quantized, TensorRole role) {
        return quantized.tensors().stream().filter(t -> t.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("layer " + operands.layer().name() + ": the quantizer gave no "
                        + role + " descriptor"));
    }
}
