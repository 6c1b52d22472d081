package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.NpyFormatException;
import dev.precis.workloads.tensor.NpyReader;
import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Operands imported from NumPy files dumped from a real model, one directory per model:
 * {@code <layer name>.input.npy} for operand A and {@code <layer name>.weight.npy} (or
 * {@code <layer name>.second.npy} for attention products) for operand B. The element
 * count must equal that of the layer's operand at the trace's batch (layouts of
 * {@link TensorShapes}; a PyTorch [batch, features] dump of a [batch, 1, features]
 * operand is accepted); values are taken in C order. Operands without a file come from
 * the fallback source; {@link #importedOperands} lists those with one.
 */
public final class NpyOperandSource implements OperandSource {

    private final Path directory;
    private final OperandSource fallback;

    public NpyOperandSource(Path directory, OperandSource fallback) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("tensor directory " + directory
                    + " does not exist or is not a directory");
        }
        this.directory = directory;
        this.fallback = fallback;
    }

    public Path directory() {
        return directory;
    }

    /** The file name of a layer's operand: {@code <layer>.input.npy}, {@code .weight.npy} or {@code .second.npy}. */
    public static String fileName(Layer layer, TensorRole role) {
        return layer.name() + switch (role) {
            case INPUT -> ".input.npy";
            case WEIGHT -> ".weight.npy";
            case SECOND_INPUT -> ".second.npy";
        };
    }

    /** True when the directory holds the operand's file. */
    @Override
    public boolean imports(Layer layer, int layerIndex, TensorRole role) {
        return Files.isRegularFile(directory.resolve(fileName(layer, role)));
    }

    @Override
    public FloatTensor input(Layer layer, int layerIndex, int batch) {
        FloatTensor t = load(layer, layerIndex, TensorRole.INPUT, TensorShapes.input(layer, batch));
        return t != null ? t : fallback.input(layer, layerIndex, batch);
    }

    @Override
    public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
        FloatTensor t = load(layer, layerIndex, layer.operandBRole(), TensorShapes.operandB(layer, batch));
        return t != null ? t : fallback.operandB(layer, layerIndex, batch);
    }

    private FloatTensor load(Layer layer, int layerIndex, TensorRole role, int[] expectedShape) {
        if (!imports(layer, layerIndex, role)) {
            return null;
        }
        Path file = directory.resolve(fileName(layer, role));
        try {
            FloatTensor t = NpyReader.read(file);
            long expected = 1;
            for (int d : expectedShape) {
                expected *= d;
            }
            if (t.size() != expected) {
                throw new NpyFormatException(file, "shape " + Arrays.toString(t.shape()) + " has " + t.size()
                        + " values but the layer's operand " + Arrays.toString(expectedShape) + " needs " + expected);
            }
            return new FloatTensor(t.values(), expectedShape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
