package dev.precis.accelerators.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.replay.MapperPlanner;
import dev.precis.accelerators.replay.SystolicPlanner;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void everyPresetElaboratesAndNamesARegisteredQuantizer() {
        QuantizerRegistry quantizers = QuantizerRegistry.load();
        for (String name : Presets.names()) {
            Composition c = Composition.preset(name, Map.of());
            Elaborator e = new Elaborator(c, ComponentRegistry.load()).check();
            assertThat(c.name()).isEqualTo(name);
            assertThat(quantizers.contains(c.quantizer())).as(name + " quantizer " + c.quantizer()).isTrue();
            quantizers.create(c.quantizer(), c.quantizerOptions());
            assertThat(e.planner()).as(name).isInstanceOfAny(MapperPlanner.class, SystolicPlanner.class, dev.precis.accelerators.replay.DriftPlanner.class,
                    dev.precis.accelerators.replay.GemmPlanner.class);
        }
    }

    @Test
    void theAntFamilyPresetsAreTheArtifactsDesigns() {
        var ant = (MapperPlanner) new Elaborator(Composition.preset("ant", Map.of()), ComponentRegistry.load()).planner();
        var reference = dev.precis.accelerators.antfamily.AntFamilyDesigns.of(dev.precis.workloads.quant.AntDesign.ANT_OS);
        assertThat(ant.design().array()).isEqualTo(reference.array());
        assertThat(ant.design().weightBufferBytes()).isEqualTo(reference.weightBufferBytes());
        assertThat(ant.design().inputBufferBytes()).isEqualTo(reference.inputBufferBytes());
        assertThat(ant.design().outputBufferBytes()).isEqualTo(reference.outputBufferBytes());
        assertThat(ant.design().interfaceBitsPerCycle()).isEqualTo(reference.interfaceBitsPerCycle());
        var e = ant.design().energy();
        var r = reference.energy();
        assertThat(e.coreLeakNjPerCycle()).isCloseTo(r.coreLeakNjPerCycle(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.coreDynamicNjPerCycle()).isCloseTo(r.coreDynamicNjPerCycle(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.sramLeakNjPerCycle()).isCloseTo(r.sramLeakNjPerCycle(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.inputWriteNjPerBit()).isCloseTo(r.inputWriteNjPerBit(), org.assertj.core.api.Assertions.within(1e-15));
        var ws = (MapperPlanner) new Elaborator(Composition.preset("ant-ws", Map.of()), ComponentRegistry.load()).planner();
        assertThat(ws.design().dataflow()).isEqualTo(dev.precis.components.pe.Dataflow.WEIGHT_STATIONARY);
    }
}
