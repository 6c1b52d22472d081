package dev.precis.accelerators.antfamily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mapper sees every layer of the eight benchmarks as the artifact's simulator does: the dimensions it
 * uses (sim_K, sim_O, channels, GEMM rows) and each design's precision, row by row of layers_spec.csv
 * (test resource ant/layers_spec.csv, generated from the artifact's benchmark lists).
 */
class AntBenchmarkLayersTest {

    @Test
    void everySpecRowIsTheShapeAndPrecisionTheMapperUses() throws IOException {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        Map<String, Integer> col = new HashMap<>();
        Map<String, Model> models = new HashMap<>();
        Map<String, int[]> bits = new HashMap<>();
        int rows = 0;
        int checks = 0;
        try (InputStream in = getClass().getResourceAsStream("/ant/layers_spec.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            for (int i = 0; i < header.length; i++) {
                col.put(header[i], i);
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                AntBenchmark benchmark = AntBenchmark.parse(f[col.get("model")]);
                int index = Integer.parseInt(f[col.get("layer_idx")]);
                rows++;
                for (AntDesign design : AntDesign.values()) {
                    String prec = f[col.get("prec_" + design.label())];
                    if (prec.isEmpty()) {
                        continue;
                    }
                    // BitFusion's ViT list starts with the patch embedding (index -1), so its layers shift by one.
                    int position = benchmark == AntBenchmark.VIT && design == AntDesign.BITFUSION ? index + 1 : index;
                    Model model = models.computeIfAbsent(benchmark + "/" + design, k -> benchmark.model(design));
                    LayerShape s = LayerShape.of(model.layers().get(position), 1);
                    String where = benchmark.artifactName() + " " + f[col.get("layer")] + " " + design.label();
                    assertThat(s.kernel()).as(where + " K").isEqualTo(Integer.parseInt(f[col.get("sim_K")]));
                    assertThat(s.out()).as(where + " O").isEqualTo(Integer.parseInt(f[col.get("sim_O")]));
                    assertThat(s.inChannels()).as(where + " IC").isEqualTo(Integer.parseInt(f[col.get("IC")]));
                    assertThat(s.outChannels()).as(where + " OC").isEqualTo(Integer.parseInt(f[col.get("OC")]));
                    long rowsPerImage = f[col.get("type")].equals("conv") ? 1 : Long.parseLong(f[col.get("gemm_M")]);
                    assertThat(s.batch()).as(where + " rows per image").isEqualTo(rowsPerImage);
                    assertThat(s.repeats()).isEqualTo(1);
                    assertThat(bits.computeIfAbsent(benchmark + "/" + design, k -> benchmark.bits(design, plans))[position]).as(where + " bits").isEqualTo(Integer.parseInt(prec));
                    checks++;
                }
            }
        }
        assertThat(rows).isEqualTo(458);
        assertThat(checks).isEqualTo(457 * 6 + 1);
    }

    @Test
    void everyDesignListHasAsManyLayersAsItsPlan() {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        for (AntBenchmark b : AntBenchmark.values()) {
            for (AntDesign d : AntDesign.values()) {
                assertThat(b.bits(d, plans)).hasSize(b.model(d).layers().size());
            }
        }
        assertThat(AntBenchmark.VIT.model(AntDesign.BITFUSION).layers()).hasSize(50);
        assertThat(AntBenchmark.VIT.model(AntDesign.ANT_OS).layers()).hasSize(49);
    }
}
