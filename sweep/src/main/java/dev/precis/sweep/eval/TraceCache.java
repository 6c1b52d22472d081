package dev.precis.sweep.eval;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.ModelZoo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The quantized workload traces of a sweep's points, each generated once per process and shared by every point that
 * replays the same model at the same batch with the same quantizer, options and seed (the points of a sweep differ
 * mostly in hardware parameters, and quantizing a model costs several times its replay). A trace is generated as
 * {@code precis run} generates it (synthetic tensors of the default configuration, seeded), so a point's numbers
 * equal the run's. The traces live in a temporary directory removed when the JVM exits.
 */
final class TraceCache {

    /** What a trace depends on. */
    record Key(String model, int batch, String quantizer, Map<String, String> options, long seed) {
        Key {
            options = Map.copyOf(new TreeMap<>(options));
        }
    }

    private final QuantizerRegistry quantizers;
    private final Map<Key, CompletableFuture<Path>> traces = new ConcurrentHashMap<>();
    private final AtomicInteger generated = new AtomicInteger();
    private volatile Path directory;

    TraceCache(QuantizerRegistry quantizers) {
        this.quantizers = quantizers;
    }

    /** The trace of {@code key}, generating it if no point has asked for it yet (other askers wait for it). */
    Path trace(Key key) {
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> existing = traces.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(generate(key));
            } catch (RuntimeException e) {
                traces.remove(key);
                mine.completeExceptionally(e);
            }
            existing = mine;
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Path generate(Key key) {
        LayerQuantization quantization;
        try {
            quantization = quantizers.create(key.quantizer(), key.options());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quantizer " + key.quantizer() + " " + key.options() + ": " + e.getMessage(), e);
        }
        Path out = directory().resolve(key.model() + "-" + generated.incrementAndGet() + ".trace");
        try {
            OperandSource source = OperandSource.synthetic(new SyntheticTensorSource(key.seed(),
                    SyntheticTensorConfig.defaults()));
            TraceGenerator.generate(ModelZoo.get(key.model()), key.batch(), key.seed(), source, quantization, out,
                    line -> { });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace of " + key.model() + ": " + e.getMessage(), e);
        }
    }

    private synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("precis-sweep-traces-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for traces: " + e.getMessage(), e);
            }
            Path dir = directory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "precis-sweep-trace-cleanup"));
        }
        return directory;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary directory left behind is harmless; the JVM is exiting.
        }
    }
}
