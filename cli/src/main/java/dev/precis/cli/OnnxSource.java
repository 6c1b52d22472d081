package dev.precis.cli;

import java.nio.file.Path;

/**
 * Where {@code --onnx} operands come from: the model (a file or a shipped model's name), the seed, the inputs (a
 * count of synthetic samples, or a {@code .npy} file; neither = one synthetic sample), the input shape for a model
 * whose file leaves it dynamic (null = the file's), and whether to draw every operand from the seed instead of
 * taking the model's. Shared by {@code precis trace --onnx} and {@code precis run --onnx}.
 */
record OnnxSource(String onnx, long seed, Integer inputs, Path inputNpy, int[] inputShape, boolean syntheticOperands) {

    OnnxSource {
        if (onnx == null) {
            throw new IllegalArgumentException("--onnx MODEL is required");
        }
        if (inputs != null && inputNpy != null) {
            throw new IllegalArgumentException("give --inputs N or --input-npy FILE, not both");
        }
        if (inputs != null && inputs < 1) {
            throw new IllegalArgumentException("--inputs must be >= 1, got " + inputs);
        }
        if (syntheticOperands && inputNpy != null) {
            throw new IllegalArgumentException("--synthetic-operands draws every operand from the seed; "
                    + "--input-npy would not be used");
        }
        inputShape = inputShape == null ? null : inputShape.clone();
    }

    @Override
    public int[] inputShape() {
        return inputShape == null ? null : inputShape.clone();
    }

    /** Parses {@code --input-shape 1,3,224,224} (null stays null). */
    static int[] parseShape(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        int[] shape = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                shape[k] = Integer.parseInt(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--input-shape " + text + ": '" + parts[k]
                        + "' is not a whole number (expected e.g. 1,3,224,224)");
            }
            if (shape[k] < 1) {
                throw new IllegalArgumentException("--input-shape " + text + ": dimension " + shape[k]
                        + " must be >= 1");
            }
        }
        return shape;
    }
}
