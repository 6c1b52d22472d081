package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.LogPosit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LPQ's error model: quantizes a layer's (sampled) weights and calibration rows with a logarithmic
 * posit, runs the small GEMM, and caches the errors of each (layer, parameters) pair. Genes come in
 * groups of four per layer: n index, es, rs (clamped to n - 1), sf index.
 */
final class LpqEvaluator {
    static final int GENES_PER_LAYER = 4;

    private final LpqConfig config;
    private final List<Prepared> layers = new ArrayList<>();
    private final Map<Long, double[]> cache = new HashMap<>();
    private final int[] nChoices;

    /** One layer's normalised samples and float reference output. */
    private record Prepared(String name, float[] w, float[] a, int channels, int rows, int k, double[] reference,
                            double referenceEnergy, int weightShift, int activationShift, long weightCount) {
    }

    LpqEvaluator(LpqConfig config, List<LpqLayer> input) {
        this.config = config;
        this.nChoices = config.nChoices();
        for (LpqLayer layer : input) {
            layers.add(prepare(layer));
        }
    }

    private Prepared prepare(LpqLayer layer) {
        int fullK = layer.weights().rowLength();
        int n = layer.weights().rows();
        int channels = Math.min(n, config.maxOutputChannels());
        int rows = Math.min(layer.calibration().rows(), config.maxCalibrationRows());
        int k = Math.min(fullK, config.maxInnerLength());
        int[] kIndex = new int[k];
        for (int i = 0; i < k; i++) {
            kIndex[i] = (int) ((long) i * fullK / k);
        }
        int weightShift = exponentShift(layer.weights().values());
        int activationShift = exponentShift(layer.calibration().values());
        float[] w = new float[channels * k];
        float[] src = layer.weights().values();
        double wScale = Math.scalb(1.0, -weightShift);
        for (int c = 0; c < channels; c++) {
            int from = (int) ((long) c * n / channels) * fullK;
            for (int i = 0; i < k; i++) {
                w[c * k + i] = (float) (src[from + kIndex[i]] * wScale);
            }
        }
        float[] a = new float[rows * k];
        float[] act = layer.calibration().values();
        double aScale = Math.scalb(1.0, -activationShift);
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < k; i++) {
                a[r * k + i] = (float) (act[r * fullK + kIndex[i]] * aScale);
            }
        }
        double[] reference = gemm(a, w, rows, channels, k);
        double energy = 0;
        for (double y : reference) {
            energy += y * y;
        }
        return new Prepared(layer.name(), w, a, channels, rows, k, reference, energy, weightShift, activationShift,
                (long) n * k);
    }

    /** {@code ceil(log2 max|x|)}, 0 for an all-zero tensor. */
    static int exponentShift(float[] x) {
        double max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max == 0 ? 0 : (int) Math.ceil(Math.log(max) / Math.log(2) - 1e-12);
    }

    private static double[] gemm(float[] a, float[] w, int rows, int channels, int k) {
        double[] y = new double[rows * channels];
        for (int s = 0; s < rows; s++) {
            for (int c = 0; c < channels; c++) {
                double sum = 0;
                int ao = s * k;
                int wo = c * k;
                for (int i = 0; i < k; i++) {
                    sum += (double) a[ao + i] * w[wo + i];
                }
                y[s * channels + c] = sum;
            }
        }
        return y;
    }

    int layerCount() {
        return layers.size();
    }

    int evaluations() {
        return cache.size();
    }

    /** The LP type the genes of a layer describe. */
    LogPosit type(List<Integer> genes, int layer) {
        int base = layer * GENES_PER_LAYER;
        int n = nChoices[genes.get(base)];
        int es = genes.get(base + 1);
        int rs = Math.min(genes.get(base + 2), n - 1);
        return new LogPosit(n, es, rs, config.sf(genes.get(base + 3)));
    }

    /** {outputError, tensorError} of a layer under the genes. */
    double[] errors(List<Integer> genes, int layer) {
        int base = layer * GENES_PER_LAYER;
        int nIndex = genes.get(base);
        int es = genes.get(base + 1);
        int rsGene = genes.get(base + 2);
        int sfIndex = genes.get(base + 3);
        if (nIndex < 0 || nIndex >= nChoices.length || es < 0 || es > config.maxEs() || rsGene < 1
                || sfIndex < 0 || sfIndex >= config.sfSteps()) {
            throw new IllegalArgumentException("LPQ: gene out of range for layer " + layer + ": " + genes.subList(base, base + 4));
        }
        int rs = Math.min(rsGene, nChoices[nIndex] - 1);
        long key = ((((long) layer * 17 + nIndex) * 5 + es) * 17 + rs) * config.sfSteps() + sfIndex;
        return cache.computeIfAbsent(key, x -> compute(layers.get(layer), type(genes, layer)));
    }

    private double[] compute(Prepared p, LogPosit type) {
        Codebook book = type.codebook();
        float[] wq = new float[p.w.length];
        float[] aq = new float[p.a.length];
        double wErr = quantize(p.w, wq, book);
        double aErr = quantize(p.a, aq, book);
        double[] y = gemm(aq, wq, p.rows, p.channels, p.k);
        double outErr = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - p.reference[i];
            outErr += d * d;
        }
        outErr = p.referenceEnergy > 0 ? outErr / p.referenceEnergy : 0;
        return new double[] {outErr, 0.5 * (wErr + aErr)};
    }

    /** Quantizes into {@code out}; returns the relative squared error. */
    private static double quantize(float[] x, float[] out, Codebook book) {
        double err = 0;
        double energy = 0;
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) book.quantize(x[i]);
            double d = out[i] - x[i];
            err += d * d;
            energy += (double) x[i] * x[i];
        }
        return energy > 0 ? err / energy : 0;
    }

    /** Weight-count-weighted mean word size. */
    double averageBits(List<Integer> genes) {
        double sum = 0;
        double weight = 0;
        for (int l = 0; l < layers.size(); l++) {
            sum += (double) nChoices[genes.get(l * GENES_PER_LAYER)] * layers.get(l).weightCount;
            weight += layers.get(l).weightCount;
        }
        return sum / weight;
    }

    /** The fitness of {@link LpqConfig}: higher is better. */
    double fitness(List<Integer> genes) {
        double error = 0;
        for (int l = 0; l < layers.size(); l++) {
            double[] e = errors(genes, l);
            error += config.outputErrorWeight() * e[0] + (1 - config.outputErrorWeight()) * e[1];
        }
        error /= layers.size();
        double excess = Math.max(0, averageBits(genes) - config.targetAverageBits());
        return -error - config.bitsPenalty() * excess;
    }

    /** The reported choice for a layer. */
    LpqLayerChoice choice(List<Integer> genes, int layer) {
        Prepared p = layers.get(layer);
        double[] e = errors(genes, layer);
        return new LpqLayerChoice(p.name, type(genes, layer), p.weightShift, p.activationShift, e[0], e[1]);
    }
}
