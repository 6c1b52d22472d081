package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark networks exactly as the ANT artifact's simulator lists them
 * (clevercool/ANT-Quantization, ant_simulator/bitfusion/src/benchmarks/*_bench.py).
 *
 * <p>Differences from the canonical networks, and how each variant encodes them:
 * <ul>
 *   <li>CNNs (VGG16, ResNet18/50, Inception-v3): the same layers in the same order; the
 *       artifact names them {@code conv<i>} / {@code fc<i>} by position.</li>
 *   <li>ViT: the artifact lists only the 48 block projections and the head (no attention
 *       matrix products); the patch-embedding convolution appears only in the BitFusion
 *       list ({@code vit-ant-bitfusion}), where the projections are numbered from 1.</li>
 *   <li>BERT (MNLI, CoLA, SST-2): the 72 encoder projections, the pooler and a two-way
 *       classifier, no attention matrix products. The three tasks have the same shapes
 *       but different per-layer precision plans, so each has its own name.</li>
 *   <li>GEMM rows: the artifact folds the token count into the GEMM's M and the batch
 *       (64) is applied by its simulator, exactly as {@code FcLayer.rowsPerSample} does.</li>
 * </ul>
 */
final class AntArtifactModels {

    private AntArtifactModels() {
    }

    static Model cnn(Model canonical) {
        return new Model(canonical.name() + "-ant", "ANT artifact listing of " + canonical.name(),
                numbered(canonical.layers(), 0));
    }

    static Model vit(boolean withPatchEmbedding) {
        List<Layer> gemms = new ArrayList<>();
        Layer patch = null;
        for (Layer layer : Transformers.vitB16().layers()) {
            if (layer instanceof ConvLayer) {
                patch = layer;
            } else if (layer instanceof FcLayer) {
                gemms.add(layer);
            }
        }
        if (!withPatchEmbedding) {
            return new Model("vit-ant", "ANT artifact ViT-B/16 list (no patch embedding, no attention products)",
                    numbered(gemms, 0));
        }
        List<Layer> all = new ArrayList<>();
        all.add(patch);
        all.addAll(gemms);
        return new Model("vit-ant-bitfusion",
                "ANT artifact BitFusion ViT-B/16 list (patch embedding conv0, projections fc1..fc49)",
                numbered(all, 0));
    }

    static Model bert(String task) {
        List<Layer> gemms = new ArrayList<>();
        for (Layer layer : Transformers.bertBase().layers()) {
            if (layer instanceof FcLayer) {
                gemms.add(layer);
            }
        }
        gemms.add(new FcLayer("classifier", Transformers.BERT_HIDDEN, 2, 1, ActivationKind.LINEAR));
        return new Model("bert-" + task + "-ant", "ANT artifact BERT-base list for " + task
                + " (sequence 128, two-way classifier, no attention products)", numbered(gemms, 0));
    }

    /** Renames layers {@code conv<i>} / {@code fc<i>} by position, as the artifact does. */
    private static List<Layer> numbered(List<Layer> layers, int firstIndex) {
        List<Layer> renamed = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            String prefix = layer instanceof ConvLayer ? "conv" : "fc";
            renamed.add(layer.renamed(prefix + (firstIndex + i)));
        }
        return renamed;
    }
}
