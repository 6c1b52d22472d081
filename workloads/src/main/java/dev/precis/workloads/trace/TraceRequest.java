package dev.precis.workloads.trace;

import java.nio.file.Path;

/**
 * Arguments of {@code precis trace}: model (zoo name or topology file), quantizer name,
 * seed, batch, output file, and optionally a directory of {@code .npy} operands
 * (see {@link NpyOperandSource}; null = all operands synthetic from the seed).
 */
public record TraceRequest(String model, String quantizer, long seed, int batch, Path out, Path tensorDirectory) {

    public TraceRequest(String model, String quantizer, long seed, int batch, Path out) {
        this(model, quantizer, seed, batch, out, null);
    }


    /** Seed used when the user gives none. */
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_BATCH = 1;

    public TraceRequest {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        }
        if (model == null || quantizer == null || out == null) {
            throw new IllegalArgumentException("model, quantizer and out are required");
        }
    }
}
