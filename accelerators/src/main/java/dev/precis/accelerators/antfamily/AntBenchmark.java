package dev.precis.accelerators.antfamily;

import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlan;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.Arrays;
import java.util.Locale;

/**
 * The eight benchmarks of the ANT artifact (benchmarks.py {@code benchlist}), each with the zoo variant that lists
 * its layers as the artifact does and the artifact's name of its precision plans.
 */
public enum AntBenchmark {
    VGG16("vgg16", "VGG16", "vgg16-ant", "vgg16-ant"),
    RESNET18("resnet18", "ResNet18", "resnet18-ant", "resnet18-ant"),
    RESNET50("resnet50", "ResNet50", "resnet50-ant", "resnet50-ant"),
    INCEPTIONV3("inceptionv3", "InceptionV3", "inceptionv3-ant", "inceptionv3-ant"),
    /** BitFusion's ViT list alone has the patch-embedding convolution (bitfusion_bench.py). */
    VIT("vit", "ViT", "vit-ant", "vit-ant-bitfusion"),
    MNLI("mnli", "BERT-MNLI", "bert-mnli-ant", "bert-mnli-ant"),
    COLA("cola", "BERT-CoLA", "bert-cola-ant", "bert-cola-ant"),
    SST2("sst_2", "BERT-SST-2", "bert-sst2-ant", "bert-sst2-ant");

    private final String artifactName;
    private final String label;
    private final String zooModel;
    private final String zooModelForBitFusion;

    AntBenchmark(String artifactName, String label, String zooModel, String zooModelForBitFusion) {
        this.artifactName = artifactName;
        this.label = label;
        this.zooModel = zooModel;
        this.zooModelForBitFusion = zooModelForBitFusion;
    }

    /** The artifact's benchmark name (and of its precision plans). */
    public String artifactName() {
        return artifactName;
    }

    /** The column label of the artifact's results table. */
    public String label() {
        return label;
    }

    /** The layers of this benchmark as {@code design}'s list has them. */
    public Model model(AntDesign design) {
        return ModelZoo.get(design == AntDesign.BITFUSION ? zooModelForBitFusion : zooModel);
    }

    /** {@code design}'s precision of every layer of {@link #model(AntDesign)}, checked against its layer count. */
    public int[] bits(AntDesign design, AntPrecisionPlans plans) {
        AntPrecisionPlan plan = plans.plan(artifactName, design);
        Model model = model(design);
        if (plan.size() != model.layers().size()) {
            throw new IllegalStateException(design.label() + " plan of " + artifactName + " has " + plan.size()
                    + " layers but zoo model " + model.name() + " has " + model.layers().size());
        }
        return plan.bits();
    }

    /** The benchmark with this artifact name, label or enum name (case-insensitive). */
    public static AntBenchmark parse(String text) {
        for (AntBenchmark b : values()) {
            if (b.artifactName.equalsIgnoreCase(text) || b.label.equalsIgnoreCase(text) || b.name().equalsIgnoreCase(text)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown ANT benchmark '" + text + "', known: "
                + Arrays.stream(values()).map(b -> b.artifactName.toLowerCase(Locale.ROOT)).toList());
    }
}
