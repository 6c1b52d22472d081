package dev.precis.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Arguments of {@code precis trace --onnx MODEL}: the model (a file or a shipped model's name), the
 * quantizer and its options, the seed, the inputs (a count of synthetic samples, or a {@code .npy} file;
 * neither = one synthetic sample), the input shape for a model whose file leaves it dynamic (null = the
 * file's), whether to draw every operand from the seed instead of taking the model's, and the output.
 */
record OnnxTraceRequest(String onnx, String quantizer, long seed, Integer inputs, Path inputNpy, int[] inputShape,
                        boolean syntheticOperands, Path out, SortedMap<String, String> quantizerOptions) {

    OnnxTraceRequest {
        if (onnx == null || quantizer == null || out == null) {
            throw new IllegalArgumentException("onnx, quantizer and out are required");
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
        quantizerOptions = Collections.unmodifiableSortedMap(
                new TreeMap<>(quantizerOptions == null ? Map.of() : quantizerOptions));
    }

    /** Parses {@code --input-shape 1,3,224,224}. */
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
