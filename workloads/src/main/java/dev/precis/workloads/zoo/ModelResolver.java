package dev.precis.workloads.zoo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a {@code --model} argument into a model: a zoo name, or the path of an existing
 * file - a SCALE-Sim topology when it ends in {@code .csv}, otherwise a GEMM list.
 */
public final class ModelResolver {

    private ModelResolver() {
    }

    public static Model resolve(String spec) throws IOException {
        if (ModelZoo.names().contains(spec)) {
            return ModelZoo.get(spec);
        }
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? ScaleSimTopologyReader.read(file)
                    : GemmListReader.read(file);
        }
        throw new IllegalArgumentException("unknown model '" + spec + "': neither a file nor a zoo model ("
                + String.join(", ", ModelZoo.names()) + ")");
    }
}
