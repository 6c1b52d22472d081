package dev.precis.workloads.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the zoo's ANT variants, layer for layer, with the artifact's own listing
 * (reference/ant/layers_spec.csv, generated from the artifact's benchmark definitions).
 */
class AntArtifactLayersTest {

    private record Row(String model, int index, String layer, String type, String sharedBy, String[] f) {
        int i(String column) {
            return Integer.parseInt(f[COLUMNS.get(column)]);
        }

        String s(String column) {
            return f[COLUMNS.get(column)];
        }
    }

    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AntArtifactLayersTest.class.getResourceAsStream("/reference/ant/layers_spec.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            for (int i = 0; i < header.length; i++) {
                COLUMNS.put(header[i], i);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f));
            }
        }
        return rows;
    }

    private static final Map<String, String> ZOO_NAME = Map.of(
            "vgg16", "vgg16-ant", "resnet18", "resnet18-ant", "resnet50", "resnet50-ant",
            "inceptionv3", "inceptionv3-ant", "vit", "vit-ant", "mnli", "bert-mnli-ant",
            "cola", "bert-cola-ant", "sst_2", "bert-sst2-ant");

    @Test
    void everyArtifactModelMatchesItsZooVariantLayerForLayer() throws IOException {
        Map<String, List<Row>> byModel = new LinkedHashMap<>();
        for (Row row : rows()) {
            if (row.sharedBy().equals("all")) {
                byModel.computeIfAbsent(row.model(), m -> new ArrayList<>()).add(row);
            }
        }
        assertThat(byModel.keySet()).containsExactlyInAnyOrderElementsOf(ZOO_NAME.keySet());
        for (Map.Entry<String, List<Row>> entry : byModel.entrySet()) {
            Model model = ModelZoo.get(ZOO_NAME.get(entry.getKey()));
            List<Row> expected = entry.getValue();
            assertThat(model.layers()).as(model.name()).hasSize(expected.size());
            for (Row row : expected) {
                assertLayerMatches(model.layers().get(row.index()), row, row.layer());
            }
        }
    }

    @Test
    void bitfusionVitAddsThePatchEmbeddingAndShiftsNumbering() throws IOException {
        Model model = ModelZoo.get("vit-ant-bitfusion");
        List<Row> vit = rows().stream().filter(r -> r.model().equals("vit")).toList();
        assertThat(model.layers()).hasSize(vit.size());
        for (Row row : vit) {
            String ourName = row.index() < 0 ? "conv0" : "fc" + (row.index() + 1);
            assertLayerMatches(model.layers().get(row.index() + 1), row, ourName);
        }
    }

    @Test
    void cnnArtifactVariantsHaveTheCanonicalShapes() {
        for (String name : List.of("vgg16", "resnet18", "resnet50", "inceptionv3")) {
            Model canonical = ModelZoo.get(name);
            Model ant = ModelZoo.get(name + "-ant");
            assertThat(ant.totalMacs(1)).as(name).isEqualTo(canonical.totalMacs(1));
            for (int i = 0; i < canonical.layers().size(); i++) {
                assertThat(ant.layers().get(i).gemm(1)).isEqualTo(canonical.layers().get(i).gemm(1));
            }
        }
    }

    private static void assertLayerMatches(Layer layer, Row row, String expectedName) {
        String where = row.model() + " " + row.layer();
        assertThat(layer.name()).as(where).isEqualTo(expectedName);
        GemmShape g = layer.gemm(1);
        assertThat(g.m()).as(where + " M").isEqualTo(row.i("gemm_M"));
        assertThat(g.n()).as(where + " N").isEqualTo(row.i("gemm_N"));
        assertThat(g.k()).as(where + " K").isEqualTo(row.i("gemm_K"));
        assertThat(g.count()).as(where + " count").isEqualTo(1);
        if (row.type().equals("conv")) {
            assertThat(layer).as(where).isInstanceOf(ConvLayer.class);
            ConvLayer c = (ConvLayer) layer;
            assertThat(new int[] {c.inChannels(), c.inHeight(), c.inWidth(), c.outChannels(), c.kernelHeight(),
                    c.kernelWidth(), c.outHeight(), c.outWidth()}).as(where).containsExactly(
                    row.i("IC"), row.i("H_in"), row.i("W_in"), row.i("OC"), row.i("KH"), row.i("KW"),
                    row.i("H_out"), row.i("W_out"));
            assertThat(c.strideHeight() + "x" + c.strideWidth()).as(where).isEqualTo(row.s("stride"));
            assertThat(c.padHeight() + "x" + c.padWidth()).as(where).isEqualTo(row.s("pad"));
        } else {
            assertThat(layer).as(where).isInstanceOf(FcLayer.class);
            FcLayer fc = (FcLayer) layer;
            assertThat(fc.inFeatures()).as(where).isEqualTo(row.i("IC"));
            assertThat(fc.outFeatures()).as(where).isEqualTo(row.i("OC"));
        }
    }
}
