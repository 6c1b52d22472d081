package dev.precis.workloads.tracegen;

import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlan;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which per-layer precision plan the {@code ant} quantizer takes for a model and design, and why (accelerators/README.md,
 * "Precision plans"):
 * <ol>
 *   <li>a zoo variant of the ANT artifact's benchmarks ({@code resnet18-ant}, {@code vit-ant-bitfusion}, ...): the
 *       artifact's list of that benchmark for the design (source {@code artifact});</li>
 *   <li>any other model whose layers have, one for one and in order, the GEMM shapes (kind, M, N, K and copies per
 *       image) of an artifact variant's, when the design's list of that benchmark has a precision for each of them:
 *       that list (source {@code artifact-shapes}). Same shapes are the same network to a simulator, so the
 *       canonical {@code vgg16}, {@code resnet18}, {@code resnet50} and {@code inceptionv3}, which list the same
 *       layers as their variants, time the artifact's lists of every design (InceptionV3's ANT list keeps 8 bits
 *       on three layers the rule would run at 4). Shapes that match several lists that disagree (the three BERT
 *       tasks) fall to the next rule, and the basis says so;</li>
 *   <li>BitFusion otherwise: 8 bits on every layer (source {@code bitfusion-int8}). BitFusion's bricks run 2, 4 and 8
 *       bits, and which layers of a network tolerate 4 is an accuracy question the ANT authors answered per network
 *       for their lists (bitfusion_bench.py: 8 bits on 345 of 458 layers and on the first layer of all eight
 *       benchmarks, 4 bits on a network-specific rest, e.g. only layers 16 and 19 of ResNet-18), not a rule that
 *       carries to another network, and that synthetic operands cannot answer. The lists are neither ANT's rule
 *       (8 bits first and last, 4 elsewhere) nor any other design's, so that rule is not taken for BitFusion;</li>
 *   <li>any other design otherwise: the PAPERS.md rule ({@link AntPrecisionPlans#rule}, source {@code rule}).</li>
 * </ol>
 *
 * @param plan  the plan
 * @param basis why this plan, in words (the trace header's {@code planBasis})
 */
record AntPlanChoice(AntPrecisionPlan plan, String basis) {

    /** Zoo model name of each ANT artifact variant -> the artifact's benchmark (plan) name; sorted, so matching is deterministic. */
    static final Map<String, String> ARTIFACT_PLANS = new TreeMap<>(Map.of(
            "vgg16-ant", "vgg16", "resnet18-ant", "resnet18", "resnet50-ant", "resnet50",
            "inceptionv3-ant", "inceptionv3", "vit-ant", "vit", "vit-ant-bitfusion", "vit",
            "bert-mnli-ant", "mnli", "bert-cola-ant", "cola", "bert-sst2-ant", "sst_2"));

    /** The plan of {@code design} for {@code model}. */
    static AntPlanChoice of(Model model, AntDesign design) {
        String variant = ARTIFACT_PLANS.get(model.name());
        if (variant != null) {
            return new AntPlanChoice(AntPrecisionPlans.artifact().plan(variant, design),
                    "the ANT artifact's " + design.label() + " list for " + variant);
        }
        AntPrecisionPlans artifact = AntPrecisionPlans.artifact();
        List<String> matches = new ArrayList<>();
        AntPrecisionPlan matched = null;
        boolean plansDiffer = false;
        for (Map.Entry<String, String> v : ARTIFACT_PLANS.entrySet()) {
            Model listed = ModelZoo.get(v.getKey());
            AntPrecisionPlan plan = artifact.plan(v.getValue(), design);
            if (plan.size() != listed.layers().size() || !sameShapes(model, listed)) continue;
            matches.add(v.getKey());
            if (matched == null) matched = plan;
            else plansDiffer |= !Arrays.equals(matched.bits(), plan.bits());
        }
        if (matched != null && !plansDiffer) {
            AntPrecisionPlan p = new AntPrecisionPlan(matched.model(), design, "artifact-shapes", matched.layers());
            return new AntPlanChoice(p, "the ANT artifact's " + design.label() + " list for " + matched.model()
                    + ": the model's " + model.layers().size() + " layers have the GEMM shapes of "
                    + String.join(", ", matches));
        }
        String why = matched == null ? "no ANT artifact list has this model's layer shapes"
                : "the layer shapes match " + String.join(", ", matches) + ", whose " + design.label()
                        + " lists differ (name the variant)";
        if (design != AntDesign.BITFUSION) {
            return new AntPlanChoice(AntPrecisionPlans.rule(model.name(), design, model.layers().size()),
                    "PAPERS.md rule for " + design.label() + " (" + why + ")");
        }
        List<AntPrecisionPlan.LayerPrecision> layers = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            layers.add(new AntPrecisionPlan.LayerPrecision(i, model.layers().get(i).name(), 8));
        }
        return new AntPlanChoice(new AntPrecisionPlan(model.name(), AntDesign.BITFUSION, "bitfusion-int8", layers),
                "BitFusion rule: 8 bits on every layer (" + why + ")");
    }

    /** Layer for layer the same kind and GEMM (M, N, K, copies) at batch 1; names may differ. */
    private static boolean sameShapes(Model a, Model b) {
        if (a.layers().size() != b.layers().size()) return false;
        for (int i = 0; i < a.layers().size(); i++) {
            Layer x = a.layers().get(i);
            Layer y = b.layers().get(i);
            if (!x.kind().equals(y.kind()) || !x.gemm(1).equals(y.gemm(1))) return false;
        }
        return true;
    }
}
