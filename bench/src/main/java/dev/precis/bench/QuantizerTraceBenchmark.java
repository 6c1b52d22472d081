package dev.precis.bench;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.tracegen.TraceWriteResult;
import dev.precis.workloads.zoo.ModelResolver;
import dev.precis.workloads.trace.TraceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark command (not a test): writes a ResNet-50 (batch 1, seed 1) trace with each built-in
 * quantizer through {@link TraceGenerator} (what {@code precis trace} runs) and prints its size, write time and
 * validate + read time. Arguments: repetitions (default 1), then optionally quantizer names
 * (default all). System property {@code precis.bench.models}: comma-separated zoo models (default
 * {@code resnet50}, where ANT also runs on the artifact variant {@code resnet50-ant}).
 * Run it as documented in BENCHMARKS.md ("Workload traces"):
 * {@code java -cp bench/target/precis-benchmarks.jar dev.precis.bench.QuantizerTraceBenchmark 3}.
 */
public final class QuantizerTraceBenchmark {

    private QuantizerTraceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<String> quantizers = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("int8", "drift", "panacea", "ant", "lpq");
        String models = System.getProperty("precis.bench.models");
        Path dir = Files.createTempDirectory("precis-quantizer-bench");
        for (int run = 1; run <= runs; run++) {
            for (String q : quantizers) {
                List<String> names = models != null ? List.of(models.split(","))
                        : q.equals("ant") ? List.of("resnet50", "resnet50-ant") : List.of("resnet50");
                for (String model : names) {
                    Path out = dir.resolve(model + "-" + q + ".trace");
                    TraceWriteResult r = TraceWriteBenchmark.write(model, q, 1, 1, out);
                    long start = System.nanoTime();
                    TraceSummary.read(out);
                    long readNanos = System.nanoTime() - start;
                    System.out.printf(Locale.ROOT, "run %d %-14s %-8s %d layers, %d tiles, %.2f MB, write %.2f s,"
                            + " validate+read %.2f s%n", run, model, q, r.layers(), r.tiles(), r.bytes() / 1e6,
                            r.elapsedNanos() / 1e9, readNanos / 1e9);
                    Files.delete(out);
                }
            }
        }
        Files.delete(dir);
    }
}
