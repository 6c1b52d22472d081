package dev.precis.workloads.quant;

import java.util.List;

/**
 * The precision of every layer of one model on one ANT-evaluated design.
 *
 * <p>What a trace needs: {@link LayerPrecision#bits()} for each layer, in model order; the ANT
 * quantizer is then run at that precision ({@link AntQuantizer#quantizeLayer}).
 *
 * @param model model name as in the artifact (vgg16, resnet18, resnet50, inceptionv3, vit, mnli,
 *     cola, sst_2) or the caller's name for a rule-based plan
 * @param design the design
 * @param source where the plan comes from ("artifact" benchmark lists, or "rule" of PAPERS.md)
 * @param layers the layers in model order
 */
public record AntPrecisionPlan(String model, AntDesign design, String source, List<LayerPrecision> layers) {

    public AntPrecisionPlan {
        layers = List.copyOf(layers);
    }

    /**
     * One layer's precision.
     *
     * @param index the artifact's layer index (-1 for ViT's BitFusion-only patch embedding)
     * @param name layer name
     * @param bits weight and activation precision
     */
    public record LayerPrecision(int index, String name, int bits) {
    }

    /** Bits of each layer, in model order. */
    public int[] bits() {
        return layers.stream().mapToInt(LayerPrecision::bits).toArray();
    }

    /** Number of layers. */
    public int size() {
        return layers.size();
    }
}
