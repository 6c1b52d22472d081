package dev.precis.accelerators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.accelerators.replay.ReplayControllerType;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.tlm.DeclaredStatistics;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay controller registers exactly the statistics it declares. It runs only with a layer attached, so it
 * is checked in an elaborated preset running one layer (the other types, in the components' test, each alone).
 */
class StatisticsDeclaredAsRegisteredTest {

    @Test
    void theReplayControllerRegistersExactlyTheStatisticsItDeclares() {
        ComponentRegistry registry = ComponentRegistry.load();
        Elaborator elaborator = new Elaborator(Composition.preset("ant", Map.of()), registry).check();
        Layer layer = ModelZoo.get("resnet18").layers().get(1);
        LayerShape shape = LayerShape.of(layer, 1);
        var g = layer.gemm(1);
        ReplayLayer replay = new ReplayLayer(0, layer.name(), shape, new GemmDims(g.m(), g.n(), g.k()), g.count(),
                OperandPrecision.uniform(8), OperandFormats.of("int8", "int8"), shape.macs());
        SimulationResult r = new SequentialEngine().run(elaborator.build(replay, 1), RunOptions.DEFAULT).orThrow();
        assertThat(DeclaredStatistics.mismatches(registry.type(ReplayControllerType.NAME).descriptor(), r.stats(),
                "controller")).isEmpty();
        assertThat(r.stats().values().keySet()).contains("controller.buffer.weight.readBits");
    }
}
