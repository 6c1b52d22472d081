package dev.precis.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Arguments of {@code precis trace}: model (zoo name or topology file), quantizer name,
 * seed, batch, output file, optionally a directory of {@code .npy} operands
 * (see {@code NpyOperandSource}; null = all operands synthetic from the seed), and the
 * quantizer's options ({@code --param KEY=VALUE}, see {@code QuantizationRegistry}; empty =
 * its defaults).
 */
record TraceRequest(String model, String quantizer, long seed, int batch, Path out, Path tensorDirectory,
                    SortedMap<String, String> quantizerOptions) {

    TraceRequest(String model, String quantizer, long seed, int batch, Path out) {
        this(model, quantizer, seed, batch, out, null);
    }

    TraceRequest(String model, String quantizer, long seed, int batch, Path out, Path tensorDirectory) {
        this(model, quantizer, seed, batch, out, tensorDirectory, new TreeMap<>());
    }

    public TraceRequest {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        }
        if (model == null || quantizer == null || out == null) {
            throw new IllegalArgumentException("model, quantizer and out are required");
        }
        quantizerOptions = Collections.unmodifiableSortedMap(
                new TreeMap<>(quantizerOptions == null ? Map.of() : quantizerOptions));
    }

    /** The same request with these quantizer options. */
    TraceRequest withQuantizerOptions(Map<String, String> options) {
        return new TraceRequest(model, quantizer, seed, batch, out, tensorDirectory, new TreeMap<>(options));
    }
}
