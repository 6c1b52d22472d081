package dev.precis.cli;

import dev.precis.accelerators.compose.Composition;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The trace {@code precis run --onnx MODEL} replays: what {@code precis trace --onnx} writes (the model's layers,
 * weights and captured activations), made with the quantizer the accelerator names (or {@code --quantizer}) into
 * a temporary directory that {@link #close} removes.
 */
final class OnnxRunTrace implements AutoCloseable {

    private final Path directory;
    private final Path trace;

    private OnnxRunTrace(Path directory, Path trace) {
        this.directory = directory;
        this.trace = trace;
    }

    Path trace() {
        return trace;
    }

    /** Writes the trace of {@code source} with the accelerator's quantizer and options (or {@code --quantizer}'s defaults). */
    static OnnxRunTrace write(OnnxSource source, String accelerator, Map<String, String> overrides,
                              Optional<String> quantizer, Consumer<String> progress) throws IOException {
        Composition composition = Composition.load(accelerator, overrides);
        String q = quantizer.orElse(composition.quantizer());
        Map<String, String> options = quantizer.isPresent() ? Map.of() : composition.quantizerOptions();
        Path directory = Files.createTempDirectory("precis-run-onnx");
        OnnxRunTrace result = new OnnxRunTrace(directory, directory.resolve("workload.trace"));
        try {
            new OnnxTraceLogic(QuantizerRegistry.load()).write(new OnnxTraceRequest(source, q, result.trace,
                    new TreeMap<>(options)), progress);
            return result;
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary trace directory " + directory, e);
        }
    }
}
