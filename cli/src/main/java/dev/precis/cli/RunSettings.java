package dev.precis.cli;

import dev.precis.accelerators.run.EngineKind;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options {@code precis run} and {@code precis compare} share: batch, {@code --set} overrides, {@code --memory}
 * (an override of {@code memory}), engine, seed.
 */
final class RunSettings {

    @Option(names = "--batch", defaultValue = "1", description = "batch size (default ${DEFAULT-VALUE}; a trace file keeps its own)")
    int batch;

    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "override a composition value by path, repeatable (pe.rows=16, dataflow=ws); compare sets it in every design")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--memory", paramLabel = "ideal[:BITS]|PRESET|FILE.ini",
            description = "replace the composition's memory: an ideal interface of BITS (1024) bits per cycle, or the DRAM model"
                    + " (ddr4-2400, ddr4-3200, lpddr4, hbm2, a DRAMSim3 .ini) behind a DMA; same as --set memory=...")
    String memory;

    @Option(names = "--engine", defaultValue = "sequential", description = "sequential or actor (default ${DEFAULT-VALUE})")
    EngineChoice engine;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic tensors and components (default ${DEFAULT-VALUE})")
    long seed;

    /**
     * Rejects a batch below 1, a {@code --set} without a value and {@code --memory} given with {@code --set memory},
     * before anything runs; adds {@code --memory} to the overrides.
     */
    void check() {
        if (batch < 1) throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (e.getValue().isEmpty()) throw new IllegalArgumentException("--set " + e.getKey() + ": expected KEY=VALUE");
        }
        if (memory != null) {
            if (overrides.containsKey("memory")) throw new IllegalArgumentException("--memory and --set memory=...: give one");
            if (memory.isBlank()) throw new IllegalArgumentException("--memory: give ideal, ideal:BITS, a DRAM preset or a .ini file");
            overrides.put("memory", memory.equals("ideal") || memory.startsWith("ideal:") || memory.startsWith("dram:")
                    ? memory : "dram:" + memory);
        }
    }

    EngineKind engineKind() {
        return engine == EngineChoice.actor ? EngineKind.ACTOR : EngineKind.SEQUENTIAL;
    }
}
