package dev.precis.accelerators.mapping;

import dev.precis.components.pe.OperandPrecision;

/** One layer to map: its shape, its weight and activation precision, and the design it runs on. */
public record LayerProblem(LayerShape shape, OperandPrecision precision, MapperDesign design) {

    public LayerProblem {
        if (shape == null || precision == null || design == null) {
            throw new IllegalArgumentException("a layer problem needs a shape, a precision and a design");
        }
        // Rejects precisions wider than the array (the precision factor would be zero).
        design.array().precisionFactor(precision.weightBits());
        design.array().precisionFactor(precision.activationBits());
    }
}
