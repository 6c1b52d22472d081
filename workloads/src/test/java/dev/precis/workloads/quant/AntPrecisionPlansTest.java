package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntPrecisionPlansTest {

    /** Rows of the artifact reference table (copied from the shared reference into test resources). */
    private static List<String[]> referenceRows() throws IOException {
        try (InputStream in = AntPrecisionPlansTest.class.getResourceAsStream("/reference/ant/layers_spec.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String header = r.readLine();
            assertThat(header).startsWith("model,layer_idx,layer,");
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split(",", -1));
            }
            return rows;
        }
    }

    private static final String[] DESIGN_COLUMNS = {"ANT-OS", "ANT-WS", "BitFusion", "OLAccel", "AdaFloat", "BiScaled"};
    private static final int FIRST_PREC_COLUMN = 20; // prec_ANT-OS in layers_spec.csv

    @Test
    void everyLayerOfEveryModelHasTheReferencePrecisionOfEachDesign() throws IOException {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        List<String[]> rows = referenceRows();
        int compared = 0;
        for (int d = 0; d < DESIGN_COLUMNS.length; d++) {
            AntDesign design = AntDesign.parse(DESIGN_COLUMNS[d]);
            for (String model : plans.models()) {
                List<Integer> expected = new ArrayList<>();
                for (String[] row : rows) {
                    if (row[0].equals(model) && !row[FIRST_PREC_COLUMN + d].isEmpty()) {
                        expected.add(Integer.parseInt(row[FIRST_PREC_COLUMN + d]));
                    }
                }
                assertThat(plans.plan(model, design).bits()).as("%s %s", model, design)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
                compared += expected.size();
            }
        }
        assertThat(plans.models()).containsExactly("vgg16", "resnet18", "resnet50", "inceptionv3", "vit", "mnli", "cola", "sst_2");
        assertThat(compared).isEqualTo(6 * 458 - 5); // ViT's patch embedding exists for BitFusion only
    }

    @Test
    void vitPatchEmbeddingExistsOnlyInTheBitFusionPlan() {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        assertThat(plans.plan("vit", AntDesign.BITFUSION).size()).isEqualTo(50);
        assertThat(plans.plan("vit", AntDesign.BITFUSION).layers().get(0).index()).isEqualTo(-1);
        assertThat(plans.plan("vit", AntDesign.ANT_OS).size()).isEqualTo(49);
    }

    @Test
    void summaryRuleMatchesTheArtifactOnTheCnnsItDescribes() {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        for (String model : List.of("vgg16", "resnet18", "resnet50")) {
            for (AntDesign d : List.of(AntDesign.ANT_OS, AntDesign.ANT_WS, AntDesign.OLACCEL, AntDesign.ADAFLOAT, AntDesign.BISCALED)) {
                AntPrecisionPlan exact = plans.plan(model, d);
                assertThat(AntPrecisionPlans.rule(model, d, exact.size()).bits()).as("%s %s", model, d)
                        .containsExactly(exact.bits());
            }
        }
    }

    @Test
    void adaFloatAndBiScaledAreUniformOnEveryModel() {
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        for (String model : plans.models()) {
            assertThat(plans.plan(model, AntDesign.ADAFLOAT).bits()).containsOnly(8);
            assertThat(plans.plan(model, AntDesign.BISCALED).bits()).containsOnly(6);
        }
    }

    @Test
    void artifactKeepsMore8BitLayersForAntOnTransformersThanTheRule() {
        AntPrecisionPlan vit = AntPrecisionPlans.artifact().plan("vit", AntDesign.ANT_OS);
        long eightBit = java.util.Arrays.stream(vit.bits()).filter(b -> b == 8).count();
        assertThat(eightBit).isGreaterThan(2);
    }

    @Test
    void badTablesFailWithLineAndField() {
        String bad = "model,layer_index,layer,ANT-OS\nvgg16,0,conv0,x\n";
        assertThatThrownBy(() -> AntPrecisionPlans.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "t.csv"))
                .hasMessageContaining("t.csv line 2, field ANT-OS");
        assertThatThrownBy(() -> AntPrecisionPlans.artifact().plan("lenet", AntDesign.ANT_OS)).hasMessageContaining("lenet");
        assertThatThrownBy(() -> AntPrecisionPlans.rule("m", AntDesign.BITFUSION, 3)).hasMessageContaining("BitFusion");
    }
}
