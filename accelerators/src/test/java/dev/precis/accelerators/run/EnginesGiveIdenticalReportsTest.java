package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesGiveIdenticalReportsTest {

    @Test
    void sequentialAndActorEnginesReportTheSameFigures(@TempDir Path dir) throws Exception {
        Path topology = SystolicPresetMatchesScaleSimTest.resource("Resnet18.csv");
        RunReport sequential = AcceleratorRunner.run(new RunRequest("ant", new Workload.Topology(topology), 2, Optional.empty(),
                Map.of(), EngineKind.SEQUENTIAL, 7), RunProgress.NONE);
        RunReport actor = AcceleratorRunner.run(new RunRequest("ant", new Workload.Topology(topology), 2, Optional.empty(),
                Map.of(), EngineKind.ACTOR, 7), RunProgress.NONE);
        assertThat(actor.layers()).isEqualTo(sequential.layers());
        assertThat(actor.total()).isEqualTo(sequential.total());
        assertThat(actor.areaMm2()).isEqualTo(sequential.areaMm2());
        assertThat(actor.engine()).isEqualTo("actor");
        assertThat(sequential.toJson().replace("\"sequential\"", "\"actor\"")).isEqualTo(actor.toJson());
    }
}
