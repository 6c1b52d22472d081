package dev.precis.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Arguments of {@code precis trace}: model (zoo name or topology file), quantizer name,
 * seed, batch, output file, optionally a directory of {@code .npy} operands
 * (see {@code NpyOperandSource}; null = all operands synthetic from the seed) and whether it may
 * supply only some of them, and the quantizer's options ({@code --param KEY=VALUE}, see
 * {@code QuantizerRegistry}; empty = its defaults).
 */
record TraceRequest(String model, String quantizer, long seed, int batch, Path out, Path tensorDirectory,
                    boolean allowPartialTensors, SortedMap<String, String> quantizerOptions) {

    TraceRequest(String model, String quantizer, long seed, int batch, Path out) {
        this(model, quantizer, seed, batch, out, null);
    }

    TraceRequest(String model, String quantizer, long seed, int batch, Path out, Path tensorDirectory) {
        this(model, quantizer, seed, batch, out, tensorDirectory, false, new TreeMap<>());
    }

    TraceRequest {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        }
        if (model == null || quantizer == null || out == null) {
            throw new IllegalArgumentException("model, quantizer and out are required");
        }
        if (allowPartialTensors && tensorDirectory == null) {
            throw new IllegalArgumentException("--allow-partial-tensors needs --tensors DIR");
        }
        quantizerOptions = Collections.unmodifiableSortedMap(
                new TreeMap<>(quantizerOptions == null ? Map.of() : quantizerOptions));
    }

    /** The same request with these quantizer options. */
    TraceRequest withQuantizerOptions(Map<String, String> options) {
        return new TraceRequest(model, quantizer, seed, batch, out, tensorDirectory, allowPartialTensors,
                new TreeMap<>(options));
    }

    /** The same request, letting the tensor directory supply only some operands (the rest synthetic). */
    TraceRequest withPartialTensors(boolean allowed) {
        return new TraceRequest(model, quantizer, seed, batch, out, tensorDirectory, allowed, quantizerOptions);
    }
}
