package dev.precis.workloads.onnx;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.NpyFormatException;
import dev.precis.workloads.tensor.NpyReader;
import dev.precis.workloads.tensor.SeedDerivation;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.math3.random.Well19937c;

/**
 * The samples a model is run on: {@code count} inputs of the model's per-sample input shape, in one
 * C-order array (sample after sample). Either read from a {@code .npy} file ({@link #fromNpy}: real
 * data) or drawn ({@link #synthetic}: seeded standard Gaussian values, the distribution the synthetic
 * tensor source gives a network input).
 *
 * @param description what the samples are, for progress lines
 */
public record ModelInputs(float[] values, int count, boolean real, String description) {

    public ModelInputs {
        if (count <= 0 || values.length % count != 0) {
            throw new IllegalArgumentException("inputs: " + values.length + " values do not split into " + count
                    + " samples");
        }
    }

    public int sampleSize() {
        return values.length / count;
    }

    /**
     * {@code count} samples, sample {@code i} from a Well19937c generator seeded with
     * {@code SeedDerivation.tensorSeed(seed, i, INPUT)} (the sample index in the layer index's place).
     */
    public static ModelInputs synthetic(ImportedModel model, int count, long seed) {
        if (count <= 0) {
            throw new IllegalArgumentException("--inputs must be positive, got " + count);
        }
        int size = model.inputSize();
        float[] values = new float[Math.multiplyExact(size, count)];
        for (int i = 0; i < count; i++) {
            Well19937c rng = new Well19937c(SeedDerivation.tensorSeed(seed, i, TensorRole.INPUT));
            for (int v = 0; v < size; v++) {
                values[i * size + v] = (float) rng.nextGaussian();
            }
        }
        return new ModelInputs(values, count, false, count + " synthetic input" + (count == 1 ? "" : "s")
                + " (standard Gaussian, seed " + seed + ")");
    }

    /**
     * The samples of a {@code .npy} file: an array of the model's input shape (one sample) or of that
     * shape with the leading 1 replaced by the sample count.
     */
    public static ModelInputs fromNpy(Path file, ImportedModel model) throws IOException {
        FloatTensor t = NpyReader.read(file);
        int[] expected = model.inputShape();
        int[] shape = t.shape();
        int[] perSample = Arrays.copyOfRange(expected, 1, expected.length);
        if (shape.length != expected.length || !Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length), perSample)) {
            throw new NpyFormatException(file, "shape " + Arrays.toString(shape) + " does not fit the model's input "
                    + model.inputName() + " " + Arrays.toString(expected) + " (expected [N" + suffix(perSample) + "])");
        }
        return new ModelInputs(t.values(), shape[0], true, shape[0] + " input" + (shape[0] == 1 ? "" : "s")
                + " from " + file);
    }

    private static String suffix(int[] dims) {
        StringBuilder s = new StringBuilder();
        for (int d : dims) {
            s.append(", ").append(d);
        }
        return s.toString();
    }
}
