package dev.precis.cli;

import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.zoo.ModelResolver;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Checks before {@code precis trace} starts that every layer's operands fit in a Java array and the heap at the
 * requested batch, naming the option at fault: the trace generator holds one layer's operands at a time (the
 * input activations and operand B as floats, plus the quantizer's copies and tiles).
 */
final class TraceSizeLimits {
    /** Largest Java array: a few elements below Integer.MAX_VALUE, as the JDK's own collections assume. */
    static final long MAX_ARRAY_ELEMENTS = Integer.MAX_VALUE - 8;
    /**
     * Heap per operand value of the largest layer, by quantizer: the float (4 B) plus the quantizer's copies and
     * tile records. Upper bounds measured with {@code -Xmx} on resnet18 at batch 64 (12.9 M values in its largest
     * layer): int8 runs in 90 MiB; ant and lpq in 200 MiB but not 130 MiB; drift and panacea in 800 MiB but not
     * 400 MiB. A quantizer not listed gets the largest figure.
     */
    private static final Map<String, Long> BYTES_PER_VALUE = Map.of("int8", 8L, "ant", 16L, "lpq", 16L, "drift", 64L,
            "panacea", 64L);
    private static final long BYTES_PER_VALUE_OTHERWISE = 64;

    private TraceSizeLimits() {}

    static void check(String modelSpec, String quantizer, int batch) throws IOException {
        if (batch < 1) throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        check(ModelResolver.resolve(modelSpec), "--model " + modelSpec, "--batch " + batch, quantizer, batch);
    }

    /**
     * The same check on a resolved model; {@code modelOption} and {@code batchOption} are how the messages name the
     * options that chose the model and the batch.
     */
    static void check(Model model, String modelOption, String batchOption, String quantizer, int batch) {
        long largest = 0;
        String largestLayer = "";
        for (Layer layer : model.layers()) {
            long a = elements(layer, "input activations", TensorShapes.input(layer, batch), modelOption, batchOption, batch);
            long b = elements(layer, layer.hasWeights() ? "weights" : "second operand", TensorShapes.operandB(layer, batch),
                    modelOption, batchOption, batch);
            if (a + b > largest) {
                largest = a + b;
                largestLayer = layer.name();
            }
        }
        long perValue = BYTES_PER_VALUE.getOrDefault(quantizer, BYTES_PER_VALUE_OTHERWISE);
        MemoryBudget.require(String.format(Locale.ROOT, "%s (layer %s: %,d operand values, --quantizer %s)", batchOption,
                largestLayer, largest, quantizer), MemoryBudget.multiply(batchOption, largest, perValue));
    }

    private static long elements(Layer layer, String operand, int[] shape, String modelOption, String batchOption,
                                 int batch) {
        long n = 1;
        StringBuilder product = new StringBuilder();
        for (int d : shape) {
            product.append(product.length() == 0 ? "" : " × ").append(d);
            n = n > MAX_ARRAY_ELEMENTS ? n : n * d; // cannot overflow: both factors are below 2^31
        }
        if (n > MAX_ARRAY_ELEMENTS) {
            boolean batchAtFault = batch > 1 && shape[0] == batch;
            String option = batchAtFault ? batchOption : modelOption;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: layer %s's %s would hold %s values, more than a Java array holds (%,d); use a smaller %s",
                    option, layer.name(), operand, product, MAX_ARRAY_ELEMENTS, batchAtFault ? batchOption.split(" ")[0] : "model"));
        }
        return n;
    }
}
