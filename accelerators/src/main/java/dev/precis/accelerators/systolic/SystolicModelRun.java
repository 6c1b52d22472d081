package dev.precis.accelerators.systolic;

import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.SystolicArray;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Times every layer of a model on a systolic array. A layer's GEMM is its zoo lowering
 * ({@link Layer#gemm(int)}): M = batch x output pixels, N = output channels, K = the receptive field; a
 * SCALE-Sim topology read by {@code ScaleSimTopologyReader} at batch 1 gives SCALE-Sim's operand matrices.
 */
public final class SystolicModelRun {

    private SystolicModelRun() {
    }

    public static List<SystolicLayerResult> run(Model model, SystolicArray array, Dataflow dataflow, int batch) {
        List<SystolicLayerResult> results = new ArrayList<>(model.layers().size());
        for (Layer layer : model.layers()) {
            GemmShape g = layer.gemm(batch);
            results.add(new SystolicLayerResult(layer.name(), array.time(new GemmDims(g.m(), g.n(), g.k()), dataflow),
                    g.count()));
        }
        return results;
    }
}
