package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which precision plan the ant quantizer takes for a model and design, and what it says about it. */
class AntPlanChoiceTest {

    @ParameterizedTest
    @CsvSource({"vgg16, vgg16", "resnet18, resnet18", "resnet50, resnet50", "inceptionv3, inceptionv3"})
    void bitFusionOnACanonicalModelTakesItsOwnArtifactListByLayerShapes(String model, String benchmark) {
        AntPlanChoice c = AntPlanChoice.of(ModelZoo.get(model), AntDesign.BITFUSION);
        int[] bitFusion = AntPrecisionPlans.artifact().plan(benchmark, AntDesign.BITFUSION).bits();
        assertThat(c.plan().source()).isEqualTo("artifact-shapes");
        assertThat(c.plan().model()).isEqualTo(benchmark);
        assertThat(c.plan().bits()).containsExactly(bitFusion);
        assertThat(c.plan().bits()).isNotEqualTo(AntPrecisionPlans.rule(model, AntDesign.ANT_OS, bitFusion.length).bits());
        assertThat(c.basis()).contains("BitFusion list for " + benchmark, benchmark + "-ant");
    }

    @Test
    void anArtifactVariantTakesItsListForEveryDesign() {
        AntPlanChoice c = AntPlanChoice.of(ModelZoo.get("resnet18-ant"), AntDesign.BITFUSION);
        assertThat(c.plan().source()).isEqualTo("artifact");
        assertThat(c.plan().bits()).containsExactly(AntPrecisionPlans.artifact().plan("resnet18", AntDesign.BITFUSION).bits());
        assertThat(AntPlanChoice.of(ModelZoo.get("resnet18-ant"), AntDesign.OLACCEL).plan().bits())
                .containsExactly(AntPrecisionPlans.artifact().plan("resnet18", AntDesign.OLACCEL).bits());
    }

    @ParameterizedTest
    @CsvSource({"ANT-OS", "ANT-WS", "OLAccel", "AdaFloat", "BiScaled"})
    void everyDesignOnACanonicalModelTakesTheArtifactListByLayerShapes(String label) {
        AntDesign design = AntDesign.parse(label);
        for (String model : List.of("vgg16", "resnet18", "resnet50", "inceptionv3")) {
            AntPlanChoice c = AntPlanChoice.of(ModelZoo.get(model), design);
            assertThat(c.plan().source()).as(model).isEqualTo("artifact-shapes");
            assertThat(c.plan().design()).isEqualTo(design);
            assertThat(c.plan().bits()).as(model).containsExactly(AntPrecisionPlans.artifact().plan(model, design).bits());
            assertThat(c.basis()).contains(label + " list for " + model, model + "-ant");
        }
    }

    @Test
    void inceptionV3OnAntTimesTheArtifactsListWhichTheRuleWouldNot() {
        // the artifact keeps 8 bits on three of InceptionV3's middle layers; the summary rule would run them at 4
        Model inception = ModelZoo.get("inceptionv3");
        int[] chosen = AntPlanChoice.of(inception, AntDesign.ANT_OS).plan().bits();
        int[] rule = AntPrecisionPlans.rule("inceptionv3", AntDesign.ANT_OS, inception.layers().size()).bits();
        int differ = 0;
        for (int i = 0; i < chosen.length; i++) if (chosen[i] != rule[i]) differ++;
        assertThat(differ).isEqualTo(3);
    }

    @Test
    void otherDesignsOnAModelNoListMatchesKeepThePapersRule() {
        Model bert = ModelZoo.get("bert-base");
        AntPlanChoice c = AntPlanChoice.of(bert, AntDesign.ANT_OS);
        assertThat(c.plan().source()).isEqualTo("rule");
        assertThat(c.plan().bits()).containsExactly(AntPrecisionPlans.rule("bert-base", AntDesign.ANT_OS, bert.layers().size()).bits());
        assertThat(c.basis()).contains("PAPERS.md rule", "no ANT artifact list");
    }

    @Test
    void bitFusionOnAModelNoListMatchesRunsEveryLayerAtEightBits() {
        Model bert = ModelZoo.get("bert-base");
        AntPlanChoice c = AntPlanChoice.of(bert, AntDesign.BITFUSION);
        assertThat(c.plan().source()).isEqualTo("bitfusion-int8");
        assertThat(c.plan().bits()).hasSize(bert.layers().size()).containsOnly(8);
        assertThat(c.basis()).contains("8 bits on every layer", "no ANT artifact list");
    }

    @Test
    void layerNamesDoNotMatterButShapesDo() {
        Model resnet18 = ModelZoo.get("resnet18");
        List<Layer> renamed = new ArrayList<>();
        for (Layer l : resnet18.layers()) renamed.add(l.renamed("x" + renamed.size()));
        assertThat(AntPlanChoice.of(new Model("mine", "renamed", renamed), AntDesign.BITFUSION).plan().source())
                .isEqualTo("artifact-shapes");
        renamed.set(20, new FcLayer("fc", 512, 10, 1, ActivationKind.POST_RELU));
        assertThat(AntPlanChoice.of(new Model("mine", "ten classes", renamed), AntDesign.BITFUSION).plan().source())
                .isEqualTo("bitfusion-int8");
    }

    @Test
    void shapesOfSeveralListsThatDisagreeTakeTheRuleAndSaySo() {
        // the three BERT tasks have one shape list and three BitFusion plans
        Model bert = ModelZoo.get("bert-mnli-ant");
        AntPlanChoice c = AntPlanChoice.of(new Model("my-bert", "unnamed task", bert.layers()), AntDesign.BITFUSION);
        assertThat(c.plan().source()).isEqualTo("bitfusion-int8");
        assertThat(c.basis()).contains("bert-cola-ant", "bert-mnli-ant", "bert-sst2-ant", "differ");
        AntPlanChoice ant = AntPlanChoice.of(new Model("my-bert", "unnamed task", bert.layers()), AntDesign.ANT_OS);
        assertThat(ant.plan().source()).isEqualTo("rule");
        assertThat(ant.basis()).contains("bert-cola-ant", "ANT-OS lists differ");
    }
}
