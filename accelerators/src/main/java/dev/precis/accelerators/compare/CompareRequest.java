package dev.precis.accelerators.compare;

import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What to compare: accelerators (preset names or composition files) on one workload, normalised to a baseline.
 *
 * @param accelerators the designs, in the order the comparison lists them; none twice
 * @param baseline     the design everything is normalised to; run even if not among {@code accelerators}
 * @param batch        images per run, at least 1
 * @param overrides    {@code --set} values, applied to every design's composition
 * @param threads      designs run at the same time, at least 1 (the results do not depend on it)
 */
public record CompareRequest(List<String> accelerators, String baseline, Workload workload, int batch,
                             Map<String, String> overrides, EngineKind engine, long seed, int threads) {

    public CompareRequest {
        accelerators = List.copyOf(accelerators);
        if (accelerators.isEmpty()) throw new IllegalArgumentException("--accelerators: give at least one accelerator");
        for (String a : accelerators) {
            if (a.isBlank()) throw new IllegalArgumentException("--accelerators: an empty name in the list " + accelerators);
            if (accelerators.indexOf(a) != accelerators.lastIndexOf(a)) {
                throw new IllegalArgumentException("--accelerators: '" + a + "' is listed twice");
            }
        }
        if (baseline == null || baseline.isBlank()) throw new IllegalArgumentException("--baseline: give an accelerator");
        if (workload == null) throw new IllegalArgumentException("give one workload: --model, --trace or --topology");
        if (batch < 1) throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides == null ? Map.of() : overrides));
        if (engine == null) engine = EngineKind.SEQUENTIAL;
    }

    /** {@code accelerators} on a zoo model at {@code batch}, normalised to {@code baseline}; sequential engine, seed 1. */
    public static CompareRequest of(List<String> accelerators, String baseline, String model, int batch) {
        return new CompareRequest(accelerators, baseline, new Workload.Model(model), batch, Map.of(), EngineKind.SEQUENTIAL, 1,
                Runtime.getRuntime().availableProcessors());
    }

    /** The designs to run: the listed ones, then the baseline unless listed. */
    public List<String> runs() {
        if (accelerators.contains(baseline)) return accelerators;
        List<String> all = new java.util.ArrayList<>(accelerators);
        all.add(baseline);
        return List.copyOf(all);
    }

    /** The run of {@code accelerator} (each design with the quantizer its composition names). */
    RunRequest run(String accelerator) {
        return new RunRequest(accelerator, workload, batch, Optional.empty(), overrides, engine, seed);
    }
}
