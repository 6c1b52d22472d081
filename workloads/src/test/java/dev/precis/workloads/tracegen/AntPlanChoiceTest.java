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

    @Test
    void otherDesignsOnACanonicalModelKeepThePapersRule() {
        AntPlanChoice c = AntPlanChoice.of(ModelZoo.get("resnet18"), AntDesign.ANT_OS);
        assertThat(c.plan().source()).isEqualTo("rule");
        assertThat(c.plan().bits()).containsExactly(AntPrecisionPlans.rule("resnet18", AntDesign.ANT_OS, 21).bits());
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
    }
}
