package dev.precis.cli;

import dev.precis.accelerators.run.EngineKind;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options {@code precis run} and {@code precis compare} share: batch, {@code --set} overrides, engine, seed. */
final class RunSettings {

    @Option(names = "--batch", defaultValue = "1", description = "batch size (default ${DEFAULT-VALUE}; a trace file keeps its own)")
    int batch;

    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "override a composition value by path, repeatable (pe.rows=16, dataflow=ws); compare sets it in every design")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--engine", defaultValue = "sequential", description = "sequential or actor (default ${DEFAULT-VALUE})")
    EngineChoice engine;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic tensors and components (default ${DEFAULT-VALUE})")
    long seed;

    /** Rejects a batch below 1 and a {@code --set} without a value, before anything runs. */
    void check() {
        if (batch < 1) throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (e.getValue().isEmpty()) throw new IllegalArgumentException("--set " + e.getKey() + ": expected KEY=VALUE");
        }
    }

    EngineKind engineKind() {
        return engine == EngineChoice.actor ? EngineKind.ACTOR : EngineKind.SEQUENTIAL;
    }
}
