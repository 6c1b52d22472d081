package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.trace.TraceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trace header's settings passed back as options reproduce the trace byte for byte, for every quantizer. */
class HeaderSettingsReproduceTraceTest {

    @TempDir
    Path dir;

    /** Options away from the defaults, per quantizer (a quantizer not listed runs on its defaults). */
    private static final Map<String, Map<String, String>> CHANGED = Map.of(
            "int8", Map.of("tileValues", "32"),
            "ant", Map.of("design", "ANT-WS", "candidates", "INT,POT", "maxWeightSearchSamples", "64", "tileValues", "48"),
            "lpq", Map.of("population", "6", "generations", "2", "nChoices", "4,6,8", "sfSteps", "9",
                    "crossoverRate", "0.7", "tileValues", "32"),
            "drift", Map.of("precisions", "4,8", "groupSizeK", "32", "outlierFraction", "0.01"),
            "panacea", Map.of("hoVectorLength", "8", "loBits", "3", "dbs", "false", "tileK", "32", "zpmErrorBound",
                    "2.5E-4"));

    @Test
    void passingTheHeadersSettingsBackReproducesTheTrace() throws IOException {
        QuantizerRegistry registry = QuantizerRegistry.load();
        for (String name : registry.names()) {
            Path first = dir.resolve(name + "-1.trace");
            TraceGenerator.generate(AdapterTraces.SMALL, 2, 17, AdapterTraces.synthetic(17),
                    registry.create(name, CHANGED.getOrDefault(name, Map.of())), first, line -> { });
            TraceHeader h = TraceSummary.read(first).header();
            assertThat(h.quantizerSettings()).as(name).containsAllEntriesOf(CHANGED.getOrDefault(name, Map.of()));

            Path second = dir.resolve(name + "-2.trace");
            TraceGenerator.generate(AdapterTraces.SMALL, h.batch(), h.seed(), AdapterTraces.synthetic(h.seed()),
                    registry.create(h.quantizer(), h.quantizerSettings()), second, line -> { });
            assertThat(Files.readAllBytes(second)).as(name).isEqualTo(Files.readAllBytes(first));
        }
    }
}
