package dev.precis.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Arguments of {@code precis trace --onnx MODEL}: where the operands come from, the quantizer and its options, the output. */
record OnnxTraceRequest(OnnxSource source, String quantizer, Path out, SortedMap<String, String> quantizerOptions) {

    OnnxTraceRequest {
        if (source == null || quantizer == null || out == null) {
            throw new IllegalArgumentException("onnx, quantizer and out are required");
        }
        quantizerOptions = Collections.unmodifiableSortedMap(
                new TreeMap<>(quantizerOptions == null ? Map.of() : quantizerOptions));
    }
}
