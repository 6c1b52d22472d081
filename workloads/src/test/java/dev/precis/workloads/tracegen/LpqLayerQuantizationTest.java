package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.quant.LpqLayerChoice;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LpqLayerQuantizationTest {

    @TempDir
    Path dir;

    private static final QuantizerSettings SMALL_SEARCH = QuantizerSettings.resolve(LpqLayerQuantization.DESCRIPTOR,
            Map.of("population", "8", "generations", "3", "mutationRate", "0.3"));

    @Test
    void searchOutcomeIsRecordedPerLayerAndInTheHeader() throws IOException {
        Path out = dir.resolve("lpq.trace");
        Model model = AdapterTraces.SMALL;
        TraceSummary summary = AdapterTraces.write(model, 1, 21, new LpqLayerQuantization(SMALL_SEARCH), out);
        SortedMap<String, String> p = summary.header().quantizerParameters();
        assertThat(p).containsEntry("population", "8").containsEntry("generations", "3")
                .containsEntry("mutationRate", "0.3").containsEntry("searchSeed", "21")
                .containsKeys("fitness", "averageBits", "bestFitnessHistory");
        assertThat(p.get("bestFitnessHistory").split(",")).hasSize(4);

        LpqLayerQuantization searched = (LpqLayerQuantization) new LpqLayerQuantization(SMALL_SEARCH)
                .forModel(new ModelOperands(model, 1, 21, AdapterTraces.synthetic(21)));
        assertThat(p.get("fitness")).isEqualTo(Double.toString(searched.result().fitness()));
        for (int i = 0; i < model.layers().size(); i++) {
            LayerRecord layer = summary.layers().get(i).layer();
            LpqLayerChoice choice = searched.result().layers().get(i);
            assertThat(choice.name()).isEqualTo(model.layers().get(i).name());
            assertThat(layer.statistics().get("lpq.n")).isEqualTo(choice.type().n());
            assertThat(layer.statistics().get("lpq.es")).isEqualTo(choice.type().es());
            assertThat(layer.statistics().get("lpq.rs")).isEqualTo(choice.type().rs());
            assertThat(layer.statistics().get("lpq.sf")).isEqualTo(choice.type().sf());
            assertThat(layer.statistics().get("lpq.outputError")).isEqualTo(choice.outputError());
            assertThat(Arrays.asList(4.0, 5.0, 6.0, 7.0, 8.0)).contains(layer.statistics().get("lpq.n"));
            TensorDescriptor a = layer.tensors().get(0);
            TensorDescriptor b = layer.tensors().get(1);
            assertThat(a.typeName()).isEqualTo(choice.type().name()).startsWith("lp(");
            assertThat(b.typeName()).isEqualTo(a.typeName());
            assertThat(a.bits()).isEqualTo(choice.type().n());
            assertThat(a.scales()[0]).isEqualTo((float) Math.scalb(1.0, choice.activationShift()));
            assertThat(b.scales()[0]).isEqualTo((float) Math.scalb(1.0, choice.weightShift()));
        }
        // Rectified input of the depthwise layer: about half exact zeros, plus padding
        TraceSummary.LayerSummary dw = summary.layers().get(1);
        TileGrid g = dw.layer().tilings().get(0).grid();
        double nonzero = (double) dw.end().totals().get(0).nonzero() / ((long) g.groups() * g.rows() * g.cols());
        assertThat(nonzero).isBetween(0.2, 0.6);
    }

    @Test
    void sameSeedGivesAByteIdenticalTraceAndAnotherSeedAnotherSearch() throws IOException {
        Path a = dir.resolve("a.trace");
        Path b = dir.resolve("b.trace");
        Path c = dir.resolve("c.trace");
        AdapterTraces.write(AdapterTraces.SMALL, 1, 21, new LpqLayerQuantization(SMALL_SEARCH), a);
        AdapterTraces.write(AdapterTraces.SMALL, 1, 21, new LpqLayerQuantization(SMALL_SEARCH), b);
        AdapterTraces.write(AdapterTraces.SMALL, 1, 22, new LpqLayerQuantization(SMALL_SEARCH), c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(TraceSummary.read(c).header().quantizerParameters()).containsEntry("searchSeed", "22");
    }

    @Test
    void theModelWidePassReportsProgressBeforeTheLayers() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        TraceGenerator.generate(AdapterTraces.SMALL, 1, 3, AdapterTraces.synthetic(3), new LpqLayerQuantization(SMALL_SEARCH),
                dir.resolve("p.trace"), lines::add);
        int layers = AdapterTraces.SMALL.layers().size();
        assertThat(lines).hasSize(layers + 2 + layers + 1);
        assertThat(lines.get(0)).isEqualTo("lpq: sampling [1/4] conv");
        assertThat(lines.get(layers)).startsWith("lpq: genetic search over 4 layers (population 8, 3 generations, seed 3)");
        assertThat(lines.get(layers + 1)).startsWith("lpq: fitness ");
        assertThat(lines.get(layers + 2)).startsWith("[1/4] conv");
    }

    @Test
    void badSearchSettingsFailBeforeAnyLayerIsRead() {
        assertThatThrownBy(() -> new LpqLayerQuantization(SMALL_SEARCH.with("tournamentArity", "9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("populationSize");
        assertThatThrownBy(() -> QuantizerSettings.resolve(LpqLayerQuantization.DESCRIPTOR, Map.of("population", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lpq: option population must be in [2, ∞), got 1");
        assertThatThrownBy(() -> new LpqLayerQuantization().quantize(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("forModel");
    }

    @Test
    void registryOffersEveryQuantizer() {
        assertThat(QuantizerRegistry.load().names()).containsExactly("int8", "ant", "lpq", "drift", "panacea");
        assertThat(List.of("ant", "lpq", "drift", "panacea"))
                .allSatisfy(n -> assertThat(QuantizerRegistry.load().create(n).name()).isEqualTo(n));
    }
}
