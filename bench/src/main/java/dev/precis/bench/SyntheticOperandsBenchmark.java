package dev.precis.bench;

import dev.precis.workloads.quant.AntQuantizer;
import dev.precis.workloads.quant.AntSearchMemo;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tensor.TensorSample;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.ModelZoo;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three costs of describing a model's layers from synthetic operands, one thread, on ResNet-50's layers 1-11
 * (milliseconds per pass over them):
 * <ul>
 *   <li>{@code sampleScan}: the ANT-family path, the 512-value samples of the inputs at batch 16 scanned from the
 *       generator's stream without computing most values (every uniform still drawn);</li>
 *   <li>{@code fullWeights}: the path of the quantizers that read every value (LPA, Drift, Panacea), the weights
 *       drawn in full;</li>
 *   <li>{@code antInt8WeightSearch}: ANT's clipping search of those layers' weights on the 8-bit grid (per output
 *       channel, 512-value samples, 55 clipping values), nothing kept between passes.</li>
 * </ul>
 * {@code java -jar bench/target/precis-benchmarks.jar SyntheticOperandsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SyntheticOperandsBenchmark {
    private static final int FIRST = 1;
    private static final int LAST = 11;
    private static final int SAMPLES = 512;

    private SyntheticTensorSource source;
    private List<Layer> layers;
    private List<TensorSample> weightSamples;
    private AntQuantizer ant;

    @Setup
    public void setUp() {
        source = new SyntheticTensorSource(1, SyntheticTensorConfig.defaults());
        layers = ModelZoo.get("resnet50").layers();
        weightSamples = new ArrayList<>();
        for (int i = FIRST; i <= LAST; i++) {
            weightSamples.add(source.sample(layers.get(i), i, 1, TensorRole.WEIGHT, SAMPLES));
        }
        ant = AntQuantizer.withDefaults();
    }

    @Benchmark
    public double sampleScan() {
        double sum = 0;
        for (int i = FIRST; i <= LAST; i++) {
            sum += source.sample(layers.get(i), i, 16, TensorRole.INPUT, SAMPLES).maxAbs()[0];
        }
        return sum;
    }

    @Benchmark
    public double fullWeights() {
        double sum = 0;
        for (int i = FIRST; i <= LAST; i++) {
            sum += source.operandB(layers.get(i), i, 1).values()[0];
        }
        return sum;
    }

    @Benchmark
    public double antInt8WeightSearch() {
        double sum = 0;
        for (TensorSample sample : weightSamples) {
            sum += ant.choose(sample, TensorRole.WEIGHT, 8, AntSearchMemo.NONE).alphas()[0];
        }
        return sum;
    }
}
