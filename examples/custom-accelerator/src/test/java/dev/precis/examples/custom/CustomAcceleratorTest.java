package dev.precis.examples.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.LayerReport;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.zoo.ScaleSimTopologyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's composition builds with the user's component type found through ServiceLoader, and runs. */
class CustomAcceleratorTest {

    @Test
    void theNewTypeIsRegisteredAndDescribesItself() {
        var d = ComponentRegistry.load().type(DotProductArrayType.NAME).descriptor();
        assertThat(d.params()).extracting(p -> p.name()).contains("units", "width", "pipeline");
        assertThat(d.ports()).extracting(p -> p.name()).containsExactly("in");
    }

    @Test
    void theCompositionRunsAndEachLayerTakesTheArraysCycles(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("two.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,12,12,3,3,8,16,1,
                Conv2,10,10,3,3,16,32,1,
                """);
        RunReport r = AcceleratorRunner.run(new RunRequest("my-accelerator.conf", new Workload.Topology(csv), 1,
                Optional.empty(), Map.of("pe.units", "32"), EngineKind.SEQUENTIAL, 1), RunProgress.NONE);
        assertThat(r.accelerator()).isEqualTo("my-accelerator");
        var layers = ScaleSimTopologyReader.read(csv).layers();
        DotProductArray array = (DotProductArray) ComponentRegistry.load().create(DotProductArrayType.NAME, "x",
                Map.of("units", 32, "width", 16));
        for (int i = 0; i < layers.size(); i++) {
            var g = layers.get(i).gemm(1);
            long expected = array.cycles(new ComputeWork("l", new GemmDims(g.m() * g.count(), g.n(), g.k()),
                    OperandPrecision.uniform(8), Dataflow.OUTPUT_STATIONARY));
            LayerReport l = r.layers().get(i);
            assertThat(l.computeCycles()).as(l.name()).isEqualTo(expected);
            assertThat(l.cycles()).isGreaterThanOrEqualTo(l.computeCycles());
        }
        assertThat(r.areaMm2()).isGreaterThan(0.3);
        assertThat(r.total().energyPj().core()).isPositive();
    }
}
