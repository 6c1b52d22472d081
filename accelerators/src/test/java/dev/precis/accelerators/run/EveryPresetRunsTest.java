package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.compose.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every preset runs a workload with the quantizer it names: the same MACs, positive cycles, energy and area. */
class EveryPresetRunsTest {

    @Test
    void everyPresetRunsATopologyWithItsOwnQuantizer(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("tiny.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,10,10,3,3,8,16,1,
                Conv2,8,8,3,3,16,32,1,
                Conv3,6,6,1,1,32,16,1,
                """);
        Set<Long> macs = new HashSet<>();
        for (String preset : Presets.names()) {
            RunReport r = AcceleratorRunner.run(new RunRequest(preset, new Workload.Topology(csv), 1, Optional.empty(), Map.of(),
                    EngineKind.SEQUENTIAL, 1), RunProgress.NONE);
            assertThat(r.layers()).as(preset).hasSize(3);
            assertThat(r.total().cycles()).as(preset).isPositive().isGreaterThanOrEqualTo(r.total().computeCycles());
            assertThat(r.total().computeCycles()).as(preset).isPositive();
            assertThat(r.total().energyPj().total()).as(preset).isPositive();
            assertThat(r.total().energyPj().core()).as(preset).isPositive();
            assertThat(r.areaMm2()).as(preset).isPositive();
            assertThat(r.total().dramReadBytes()).as(preset).isPositive();
            macs.add(r.total().macs());
        }
        assertThat(macs).singleElement();
    }
}
