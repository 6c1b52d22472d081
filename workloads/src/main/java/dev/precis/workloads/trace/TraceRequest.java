package dev.precis.workloads.trace;

import java.nio.file.Path;

/**
 * Arguments of {@code precis trace}: model (zoo name or topology file), quantizer name,
 * seed, batch and output file.
 */
public record TraceRequest(String model, String quantizer, long seed, int batch, Path out) {

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
