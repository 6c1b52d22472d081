package dev.precis.accelerators.run;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What to run (ACCEL_CONTRACT.md).
 *
 * @param accelerator a preset name ({@code drift}, {@code ant}, {@code systolic}, ...) or a {@code .conf} file
 * @param workload    the model, trace or topology
 * @param batch       images per run, at least 1 (a trace keeps its own batch; a different one is an error)
 * @param quantizer   the quantizer that makes the trace; empty: the one the composition names
 * @param overrides   {@code --set} values by path ({@code pe.rows}, {@code dataflow})
 * @param engine      the kernel engine
 * @param seed        seed of the synthetic tensors and every component's random stream
 */
public record RunRequest(String accelerator, Workload workload, int batch, Optional<String> quantizer,
                         Map<String, String> overrides, EngineKind engine, long seed) {
    public RunRequest {
        if (accelerator == null || accelerator.isBlank()) throw new IllegalArgumentException("--accelerator: give a preset name or a .conf file");
        if (workload == null) throw new IllegalArgumentException("give one workload: --model, --trace or --topology");
        if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        quantizer = quantizer == null ? Optional.empty() : quantizer;
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides == null ? Map.of() : overrides));
        if (engine == null) engine = EngineKind.SEQUENTIAL;
    }

    /** A zoo model at batch 1 on the sequential engine, seed 1, no overrides. */
    public static RunRequest of(String accelerator, String model) {
        return new RunRequest(accelerator, new Workload.Model(model), 1, Optional.empty(), Map.of(), EngineKind.SEQUENTIAL, 1);
    }
}
