package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.stats.StatsSnapshot;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the drift preset the scheduler's view of each sub-array's precision and the sub-array's own are carried
 * together from layer to layer: after every layer the scheduler's {@code finalSubArrayBits.<i>} equals sub-array
 * i's {@code finalActivationBits}, and the next layer starts both from those values. With a switch cost the run is
 * the same on both engines.
 */
class DriftCarriesSubArrayPrecisionsTest {

    @Test
    void theSchedulerAndItsSubArraysCarryTheSamePrecisions(@TempDir Path dir) throws Exception {
        Elaborator elaborator = new Elaborator(Composition.preset("drift", Map.of()), ComponentRegistry.load()).check();
        int layers = 0;
        try (WorkloadTrace trace = WorkloadTrace.of(new Workload.Topology(DriftPresetTest.topology(dir)), 1, "drift", Map.of(), 3);
             LayerStream stream = trace.layers()) {
            Map<String, Map<String, Object>> carried = Map.of();
            for (ReplayLayer layer = stream.next(); layer != null; layer = stream.next()) {
                StatsSnapshot s = new SequentialEngine().run(elaborator.build(layer, 3, carried), RunOptions.DEFAULT)
                        .orThrow().stats();
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    long subArray = s.counter("pe" + i + ".finalActivationBits");
                    assertThat(s.counter("scheduler.finalSubArrayBits." + i)).as(layer.name() + " sub-array " + i)
                            .isEqualTo(subArray).isPositive();
                    list.append(i == 0 ? "" : ",").append(subArray);
                }
                carried = CarriedConfiguration.from(s, elaborator.instances());
                assertThat(carried.get("scheduler")).containsEntry("initialSubArrayBits", list.toString());
                assertThat(carried.get("pe0")).containsEntry("initialActivationBits", s.counter("pe0.finalActivationBits"))
                        .containsEntry("initialWeightBits", s.counter("pe0.finalWeightBits"));
                layers++;
            }
        }
        assertThat(layers).isEqualTo(2);
    }

    @Test
    void withASwitchCostBothEnginesGiveTheSameReport(@TempDir Path dir) throws Exception {
        Map<String, String> costs = new HashMap<>();
        for (int i = 0; i < 4; i++) costs.put("pe" + i + ".precisionSwitchCycles", "50");
        // a loose error bound lets tiles drop below 8 bits, so the sub-arrays change precision
        costs.put("quantizerOptions.maxErrorLsb", "64");
        Path csv = DriftPresetTest.topology(dir);
        RunReport sequential = AcceleratorRunner.run(new RunRequest("drift", new Workload.Topology(csv), 1, Optional.empty(),
                costs, EngineKind.SEQUENTIAL, 3), RunProgress.NONE);
        RunReport actor = AcceleratorRunner.run(new RunRequest("drift", new Workload.Topology(csv), 1, Optional.empty(),
                costs, EngineKind.ACTOR, 3), RunProgress.NONE);
        assertThat(sequential.total().precisionSwitches()).isPositive();
        assertThat(sequential.total().precisionSwitchCycles()).isEqualTo(50 * sequential.total().precisionSwitches());
        assertThat(actor.toJson()).isEqualTo(sequential.toJson().replace("\"sequential\"", "\"actor\""));
    }
}
