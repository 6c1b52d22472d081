package dev.precis.bench;

import dev.precis.workloads.quant.AntQuantizer;
import dev.precis.workloads.quant.DriftConfig;
import dev.precis.workloads.quant.DriftQuantizer;
import dev.precis.workloads.quant.LpqConfig;
import dev.precis.workloads.quant.LpqLayer;
import dev.precis.workloads.quant.LpqResult;
import dev.precis.workloads.quant.LpqSearch;
import dev.precis.workloads.quant.PanaceaConfig;
import dev.precis.workloads.quant.PanaceaQuantizer;
import dev.precis.workloads.quant.StaticIntQuantizer;
import dev.precis.workloads.tensor.FloatTensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;

/**
 * Wall-clock benchmark (not a unit test): one pass of each quantizer over ResNet-50's GEMM layers
 * as the ANT artifact defines them (resource reference/ant/layers_spec.csv, a copy of the workloads test
 * resource), batch 1, seeded synthetic tensors (Gaussian weights, rectified Gaussian activations). Run with
 * {@code java -cp bench/target/precis-benchmarks.jar dev.precis.bench.QuantizerBenchmark}.
 */
public final class QuantizerBenchmark {
    private QuantizerBenchmark() {
    }

    private static List<int[]> resnet50Gemms() throws IOException {
        List<int[]> out = new ArrayList<>();
        try (InputStream in = QuantizerBenchmark.class.getResourceAsStream("/reference/ant/layers_spec.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(",", -1);
                if (c[0].equals("resnet50")) {
                    out.add(new int[] {Integer.parseInt(c[15]), Integer.parseInt(c[16]), Integer.parseInt(c[17])});
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<int[]> gemms = resnet50Gemms();
        Well19937c rng = new Well19937c(2026);
        List<FloatTensor> acts = new ArrayList<>();
        List<FloatTensor> weights = new ArrayList<>();
        long values = 0;
        for (int[] g : gemms) {
            float[] a = new float[g[0] * g[2]];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) Math.max(0, rng.nextGaussian());
            }
            float[] w = new float[g[1] * g[2]];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (0.05 * rng.nextGaussian());
            }
            acts.add(FloatTensor.matrix(a, g[0], g[2]));
            weights.add(FloatTensor.matrix(w, g[1], g[2]));
            values += a.length + w.length;
        }
        System.out.printf("ResNet-50 (ANT artifact layers): %d GEMMs, %.1f M values%n", gemms.size(), values / 1e6);
        for (int rep = 0; rep < 2; rep++) {
            long t0 = System.nanoTime();
            long driftTiles = 0;
            for (FloatTensor a : acts) {
                driftTiles += new DriftQuantizer(DriftConfig.defaults()).quantize(a).tileCount();
            }
            long t1 = System.nanoTime();
            long panaceaTiles = 0;
            for (int i = 0; i < acts.size(); i++) {
                panaceaTiles += new PanaceaQuantizer(PanaceaConfig.defaults()).quantizeLayer(acts.get(i), weights.get(i)).tileCount();
            }
            long t2 = System.nanoTime();
            AntQuantizer ant = AntQuantizer.withDefaults();
            for (int i = 0; i < acts.size(); i++) {
                ant.quantizeLayer(weights.get(i), acts.get(i), 4);
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < acts.size(); i++) {
                StaticIntQuantizer.int8().quantizeLayer(weights.get(i), acts.get(i));
            }
            long t4 = System.nanoTime();
            List<LpqLayer> lpqLayers = new ArrayList<>();
            for (int i = 0; i < acts.size(); i++) {
                FloatTensor a = acts.get(i);
                int rows = Math.min(32, a.rows());
                float[] calib = java.util.Arrays.copyOf(a.values(), rows * a.rowLength());
                lpqLayers.add(new LpqLayer("l" + i, weights.get(i), FloatTensor.matrix(calib, rows, a.rowLength())));
            }
            LpqResult lpq = new LpqSearch(LpqConfig.defaults(1)).search(lpqLayers);
            long t5 = System.nanoTime();
            System.out.printf("pass %d: drift %.2f s (%d tiles), panacea %.2f s (%d tiles), ant 4-bit %.2f s, int8 %.2f s, "
                    + "lpq %.2f s (%d evaluations)%n", rep, (t1 - t0) / 1e9, driftTiles, (t2 - t1) / 1e9, panaceaTiles,
                    (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9, lpq.evaluations());
        }
    }
}
