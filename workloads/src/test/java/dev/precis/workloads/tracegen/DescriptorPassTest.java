package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Layers described without tiles carry the descriptors that quantizing them in full gives. */
class DescriptorPassTest {

    private static final long SEED = 3;

    /** Six ResNet-18 layers (stem, a block, a strided block's first conv and its shortcut, the classifier). */
    private static Model small() {
        List<dev.precis.workloads.zoo.Layer> r18 = ModelZoo.get("resnet18").layers();
        return new Model("r18-part", "part of resnet18", List.of(r18.get(0), r18.get(1), r18.get(2), r18.get(5), r18.get(7),
                r18.get(r18.size() - 1)));
    }

    private static OperandSource source() {
        return OperandSource.synthetic(new SyntheticTensorSource(SEED, SyntheticTensorConfig.defaults()));
    }

    private static List<LayerQuantization> quantizers(List<Map<String, String>> options, String name) {
        QuantizerRegistry registry = QuantizerRegistry.load();
        List<LayerQuantization> qs = new ArrayList<>();
        for (Map<String, String> o : options) qs.add(registry.create(name, o));
        return qs;
    }

    /** quantize()'s descriptors and statistics, less the statistics that need every value (ant.*.mse). */
    private static void assertDescribesAsQuantized(Model model, int batch, String name, List<Map<String, String>> options) {
        List<LayerQuantization> prototypes = quantizers(options, name);
        List<DescribedTrace> described = DescriptorPass.describe(model, batch, SEED, source(), prototypes, 2, line -> { });
        ModelOperands operands = new ModelOperands(model, batch, SEED, source());
        List<LayerQuantization> fulls = new ArrayList<>();
        for (int q = 0; q < prototypes.size(); q++) {
            LayerQuantization full = prototypes.get(q).forModel(operands);
            fulls.add(full);
            DescribedTrace d = described.get(q);
            assertThat(d.header().quantizer()).isEqualTo(name);
            assertThat(d.header().quantizerSettings()).isEqualTo(full.settings());
            assertThat(d.header().quantizerDetails()).isEqualTo(full.details());
            assertThat(d.header().batch()).isEqualTo(batch);
        }
        for (int i = 0; i < model.layers().size(); i++) {
            var layerOperands = operands.layer(i); // drawn once for every quantizer
            for (int q = 0; q < prototypes.size(); q++) {
                QuantizedLayer expected = fulls.get(q).quantize(layerOperands);
                LayerRecord got = described.get(q).layers().get(i);
                assertThat(got.tilings()).isEmpty();
                assertThat(got.layerIndex()).isEqualTo(i);
                assertSameDescriptors(got.tensors(), expected.tensors(), options.get(q) + " layer " + i);
                SortedMap<String, Double> stats = new TreeMap<>(expected.statistics());
                stats.keySet().removeIf(k -> k.startsWith("ant.") && k.endsWith(".mse"));
                assertThat(got.statistics()).as("%s layer %d", options.get(q), i).isEqualTo(stats);
            }
        }
    }

    private static void assertSameDescriptors(List<TensorDescriptor> got, List<TensorDescriptor> expected, String what) {
        assertThat(got).as(what).hasSameSizeAs(expected);
        for (int t = 0; t < got.size(); t++) {
            TensorDescriptor g = got.get(t);
            TensorDescriptor e = expected.get(t);
            assertThat(g.role()).as(what).isEqualTo(e.role());
            assertThat(g.typeName()).as(what).isEqualTo(e.typeName());
            assertThat(g.bits()).as(what).isEqualTo(e.bits());
            assertThat(g.perChannel()).as(what).isEqualTo(e.perChannel());
            assertThat(g.scales()).as(what).isEqualTo(e.scales());
            assertThat(g.zeroPoints()).as(what).isEqualTo(e.zeroPoints());
        }
    }

    @Test
    void antDesignsSharingOneLayerPassGiveTheDescriptorsOfTheFullQuantization() {
        assertDescribesAsQuantized(small(), 2, "ant", List.of(
                Map.of("design", "ANT-OS"), Map.of("design", "ANT-WS"), Map.of("design", "BitFusion", "candidates", "INT"),
                Map.of("design", "AdaFloat", "candidates", "FLOAT"), Map.of("design", "ANT-OS", "perChannelTypes", "true"),
                Map.of("design", "OLAccel", "candidates", "INT", "maxSearchSamples", "1000")));
    }

    @Test
    void describedForAReplayTheLayersKeepTypesBitsAndStatisticsAndLeaveOutOnlyTheScalesOfFixedTypes() {
        Model model = small();
        List<Map<String, String>> options = List.of(Map.of("design", "ANT-OS"), Map.of("design", "BitFusion", "candidates", "INT"),
                Map.of("design", "AdaFloat", "candidates", "FLOAT"), Map.of("design", "OLAccel", "candidates", "INT"));
        List<DescribedTrace> full = DescriptorPass.describe(model, 2, SEED, source(), quantizers(options, "ant"), 2, line -> { });
        List<DescribedTrace> formats = DescriptorPass.describe(model, 2, SEED, source(), quantizers(options, "ant"), 2,
                DescriptorDetail.FORMATS, line -> { });
        int searched = 0;
        int fixed = 0;
        for (int q = 0; q < options.size(); q++) {
            assertThat(formats.get(q).header()).isEqualTo(full.get(q).header());
            for (int i = 0; i < model.layers().size(); i++) {
                LayerRecord f = full.get(q).layers().get(i);
                LayerRecord r = formats.get(q).layers().get(i);
                String what = options.get(q) + " layer " + i;
                assertThat(r.statistics()).as(what).isEqualTo(f.statistics());
                assertThat(r.tensors()).as(what).hasSameSizeAs(f.tensors());
                // ANT-OS searches its 4-bit layers (int, flint and PoT compete); 8 bits and single-type designs are int
                boolean typeSearched = q == 0 && f.statistics().get("ant.bits") <= 6;
                for (int t = 0; t < f.tensors().size(); t++) {
                    TensorDescriptor a = f.tensors().get(t);
                    TensorDescriptor b = r.tensors().get(t);
                    assertThat(b.role()).as(what).isEqualTo(a.role());
                    assertThat(b.typeName()).as(what).isEqualTo(a.typeName());
                    assertThat(b.bits()).as(what).isEqualTo(a.bits());
                    assertThat(b.perChannel()).as(what).isEqualTo(a.perChannel());
                    assertThat(b.zeroPoints()).as(what).isEqualTo(a.zeroPoints());
                    assertThat(b.scales()).as(what).isEqualTo(typeSearched ? a.scales() : new float[0]);
                    if (typeSearched) searched++; else fixed++;
                }
            }
        }
        assertThat(searched).isPositive();
        assertThat(fixed).isPositive();
    }

    @Test
    void otherQuantizersDescribeByQuantizingWithoutTheTiles() {
        assertDescribesAsQuantized(small(), 1, "int8", List.of(Map.of()));
    }

    @Test
    void theRecordsDoNotDependOnTheThreadCount() {
        Model model = small();
        List<Map<String, String>> options = List.of(Map.of("design", "ANT-OS"), Map.of("design", "BitFusion", "candidates", "INT"));
        List<DescribedTrace> one = DescriptorPass.describe(model, 1, SEED, source(), quantizers(options, "ant"), 1, line -> { });
        List<DescribedTrace> two = DescriptorPass.describe(model, 1, SEED, source(), quantizers(options, "ant"), 2, line -> { });
        for (int q = 0; q < options.size(); q++) {
            assertThat(two.get(q).header()).isEqualTo(one.get(q).header());
            for (int i = 0; i < model.layers().size(); i++) {
                LayerRecord a = one.get(q).layers().get(i);
                LayerRecord b = two.get(q).layers().get(i);
                assertSameDescriptors(b.tensors(), a.tensors(), "layer " + i);
                assertThat(b.statistics()).isEqualTo(a.statistics());
            }
        }
    }

    @Test
    void eachQuantizerNamesTheTileFieldsItWrites() {
        QuantizerRegistry registry = QuantizerRegistry.load();
        assertThat(registry.create("ant").tileFields()).containsExactly(TileField.NONZERO);
        assertThat(registry.create("int8").tileFields()).containsExactly(TileField.NONZERO);
        assertThat(registry.create("lpq").tileFields()).containsExactly(TileField.NONZERO);
        assertThat(registry.create("drift").tileFields()).contains(TileField.PRECISION);
        assertThat(registry.create("panacea").tileFields()).contains(TileField.HO_SLICES);
    }
}
