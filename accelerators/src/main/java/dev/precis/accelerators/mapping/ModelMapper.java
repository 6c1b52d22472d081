package dev.precis.accelerators.mapping;

import dev.precis.components.pe.OperandPrecision;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.ArrayList;
import java.util.List;

/** Maps every layer of a model with {@link MappingSearch} and sums the results. */
public final class ModelMapper {

    private ModelMapper() {
    }

    /**
     * Maps {@code model} on {@code design} at {@code batch}, layer {@code i} at {@code bits[i]} for weights and
     * activations alike. Layers run one after the other; a layer whose precision differs from the previous one's
     * first waits the array's precision-switch cycles.
     */
    public static ModelResult map(Model model, int[] bits, MapperDesign design, int batch) {
        List<Layer> layers = model.layers();
        if (bits.length != layers.size()) {
            throw new IllegalArgumentException(model.name() + " has " + layers.size() + " layers but the precision plan has "
                    + bits.length + " entries");
        }
        List<LayerResult> results = new ArrayList<>(layers.size());
        LayerStats total = LayerStats.ZERO;
        long switching = 0;
        OperandPrecision previous = null;
        for (int i = 0; i < layers.size(); i++) {
            OperandPrecision precision = OperandPrecision.uniform(bits[i]);
            LayerProblem problem = new LayerProblem(LayerShape.of(layers.get(i), batch), precision, design);
            LayerResult r = MappingSearch.best(problem);
            results.add(r);
            total = total.plus(r.stats());
            switching += design.array().switchCycles(previous, precision);
            previous = precision;
        }
        total = total.plus(new LayerStats(switching, 0, switching, 0, 0, 0, BufferAccesses.NONE));
        return new ModelResult(model.name(), design.name(), batch, results, switching, total,
                ArtifactEnergyModel.breakdown(total, design.energy()));
    }
}
