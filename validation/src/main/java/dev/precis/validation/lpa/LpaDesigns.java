package dev.precis.validation.lpa;

import dev.precis.components.pe.NumberFormat;
import dev.precis.components.pe.OperandFormats;
import dev.precis.validation.papers.ArrayReplay;
import dev.precis.validation.papers.ArrayRun;
import dev.precis.validation.papers.LayerFormats;
import dev.precis.validation.papers.ModelLayers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The three designs of the LPA comparison, each a registered PE-array component with its defaults, replayed
 * layer by layer ({@link ArrayReplay}) on the formats its quantizer gives a model:
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

    /** LPA's run and its MACs by LP word size (the wider of a layer's two words). */
    record LpaRun(ArrayRun run, Map<Integer, Long> macsByWordBits, Map<String, Object> arrayParams) {
        double share(IntPredicate bits) {
            long total = macsByWordBits.values().stream().mapToLong(Long::longValue).sum();
            return macsByWordBits.entrySet().stream().filter(e -> bits.test(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum() / (double) total;
        }
    }

    private LpaDesigns() {
    }

    static LpaRun lpa(String model, int batch) {
        List<LayerFormats> layers = layers(model, batch, "lpq");
        Map<Integer, Long> byBits = new TreeMap<>();
        for (LayerFormats l : layers) {
            int bits = Math.max(l.work().precision().weightBits(), l.work().precision().activationBits());
            byBits.merge(bits, l.work().dims().macs() * l.count(), Long::sum);
        }
        Map<String, Object> params = sizedFor(layers);
        return new LpaRun(replay("LPA", model, "lpa-pe-array", params, layers), byBits, params);
    }

    /** The registered defaults of the LPA array: a 32-entry conversion table and a 7-stage shifter. */
    static final int DEFAULT_FRACTION_BITS = 5;
    static final int DEFAULT_SHIFT_STAGES = 7;

    /**
     * The LPA array's table and shifter sized for the LP types lpq chose: at least the registered defaults, more
     * where a chosen type has more fraction bits or its products span more binades (the hardware must take every
     * type the quantizer may pick; the area grows with them).
     */
    static Map<String, Object> sizedFor(List<LayerFormats> layers) {
        int fraction = DEFAULT_FRACTION_BITS;
        int shift = DEFAULT_SHIFT_STAGES;
        for (LayerFormats l : layers) {
            NumberFormat.LogPositFormat w = (NumberFormat.LogPositFormat) l.formats().weights();
            NumberFormat.LogPositFormat a = (NumberFormat.LogPositFormat) l.formats().activations();
            fraction = Math.max(fraction, Math.max(w.maxFractionBits(), a.maxFractionBits()));
            long binades = 2L * ((1L << w.es()) * w.rs() + (1L << a.es()) * a.rs());
            shift = Math.max(shift, 64 - Long.numberOfLeadingZeros(binades - 1));
        }
        return Map.of("fractionBits", fraction, "shiftStages", shift);
    }

    static ArrayRun ant(String model, int batch) {
        return replay("ANT", model, "ant-pe-array", Map.of(), layers(model, batch, "ant"));
    }

    static ArrayRun adaFloat(String model, int batch) {
        List<LayerFormats> layers = new ArrayList<>();
        ModelLayers.shapes(model, batch, (index, layer, gemm) ->
                layers.add(LayerFormats.fixed(index, layer, gemm, ADAFLOAT_TYPE, 8, ADAFLOAT_TYPE, 8)));
        return replay("AdaFloat", model, "ant-pe-array", Map.of("cols", 28), layers);
    }

    private static ArrayRun replay(String design, String model, String type, Map<String, ?> params,
                                   List<LayerFormats> layers) {
        List<ArrayReplay.Block> blocks = layers.stream().map(l -> new ArrayReplay.Block(l.work(),
                tx -> tx.withExtension(OperandFormats.KEY, l.formats()), l.count())).toList();
        return ArrayReplay.run(design, model, type, params, blocks).run();
    }

    private static List<LayerFormats> layers(String model, int batch, String quantizer) {
        List<LayerFormats> layers = new ArrayList<>();
        ModelLayers.quantize(model, batch, quantizer, Map.of(), (operands, q) -> layers.add(LayerFormats.of(operands, q)));
        return layers;
    }
}
