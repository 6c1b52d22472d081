package dev.precis.validation.lpa;

import dev.precis.components.pe.AntPeArray;
import dev.precis.components.pe.BlockCost;
import dev.precis.components.pe.LpaPeArray;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.validation.papers.ArrayModels;
import dev.precis.validation.papers.ArrayRun;
import dev.precis.validation.papers.LayerFormats;
import dev.precis.validation.papers.ModelLayers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three designs of the LPA comparison, each a registered PE-array type's pure model with its defaults, run
 * layer by layer on the formats its quantizer gives a model:
 * <ul>
 *   <li>LPA: {@code lpa-pe-array} (32 x 32, 8/4-bit log adders) with the {@code lpq} quantizer's per-layer
 *       lp(n, es, rs, sf);</li>
 *   <li>ANT: {@code ant-pe-array} (32 x 32, 8/4, decoders and exponent path) with the {@code ant} quantizer's
 *       per-tensor types (4-bit int/flint/PoT/float, 8-bit first and last layer);</li>
 *   <li>AdaFloat: {@code ant-pe-array} at the ANT artifact's AdaFloat size (32 x 28), every layer 8-bit float
 *       with a 3-bit exponent through the float decoders (AdaptivFloat's 8-bit format; our stand-in for its PE).</li>
 * </ul>
 */
final class LpaDesigns {

    static final String ADAFLOAT_TYPE = "float8e3";

    private LpaDesigns() {
    }

    /** LPA's run and its MACs by LP word size (the wider of a layer's two words). */
    record LpaRun(ArrayRun run, Map<Integer, Long> macsByWordBits) {
        double share(java.util.function.IntPredicate bits) {
            long total = macsByWordBits.values().stream().mapToLong(Long::longValue).sum();
            return macsByWordBits.entrySet().stream().filter(e -> bits.test(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum() / (double) total;
        }
    }

    static LpaRun lpa(String model, int batch) {
        LpaPeArray array = ArrayModels.lpa(Map.of());
        List<LayerFormats> layers = layers(model, batch, "lpq");
        ArrayRun run = ArrayRun.empty("LPA", model, array.leakagePowerMw(), array.areaMm2());
        Map<Integer, Long> byBits = new java.util.TreeMap<>();
        int previous = 0;
        for (LayerFormats l : layers) {
            BlockCost c = array.cost(l.work(), l.formats(), previous);
            run = run.plus(c.cycles() * l.count(), c.macs() * l.count(), c.energyPj() * l.count());
            previous = Math.max(l.work().precision().weightBits(), l.work().precision().activationBits());
            byBits.merge(previous, c.macs() * l.count(), Long::sum);
        }
        return new LpaRun(run, byBits);
    }

    static ArrayRun ant(String model, int batch) {
        return onAntArray("ANT", model, ArrayModels.ant(Map.of()), layers(model, batch, "ant"));
    }

    static ArrayRun adaFloat(String model, int batch) {
        List<LayerFormats> layers = new ArrayList<>();
        ModelLayers.shapes(model, batch, (index, layer, gemm) ->
                layers.add(LayerFormats.fixed(index, layer, gemm, ADAFLOAT_TYPE, 8, ADAFLOAT_TYPE, 8)));
        return onAntArray("AdaFloat", model, ArrayModels.ant(Map.of("cols", 28)), layers);
    }

    private static ArrayRun onAntArray(String design, String model, AntPeArray array, List<LayerFormats> layers) {
        ArrayRun run = ArrayRun.empty(design, model, array.leakagePowerMw(), array.areaMm2());
        OperandPrecision previous = null;
        for (LayerFormats l : layers) {
            BlockCost c = array.cost(l.work(), l.formats(), previous);
            run = run.plus(c.cycles() * l.count(), c.macs() * l.count(), c.energyPj() * l.count());
            previous = l.work().precision();
        }
        return run;
    }

    private static List<LayerFormats> layers(String model, int batch, String quantizer) {
        List<LayerFormats> layers = new ArrayList<>();
        ModelLayers.quantize(model, batch, quantizer, Map.of(), (operands, q) -> layers.add(LayerFormats.of(operands, q)));
        return layers;
    }
}
