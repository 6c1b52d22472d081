package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift preset streams every layer's tiles with their recorded precision through detector and scheduler to
 * the sub-arrays; the static-layer policy (the baseline) computes the same MACs, never faster.
 */
class DriftPresetTest {

    static Path topology(Path dir) throws Exception {
        return Files.writeString(dir.resolve("small.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,18,18,3,3,16,32,1,
                Conv2,16,16,3,3,32,64,2,
                """);
    }

    private static RunReport run(Path csv, String policy, String quantizer) {
        return AcceleratorRunner.run(new RunRequest("drift", new Workload.Topology(csv), 1, Optional.ofNullable(quantizer),
                Map.of("scheduler.policy", policy), EngineKind.SEQUENTIAL, 3), RunProgress.NONE);
    }

    @Test
    void packingIsNeverSlowerThanTheStaticBaselineOnTheSameMacs(@TempDir Path dir) throws Exception {
        Path csv = topology(dir);
        RunReport packing = run(csv, "drift-packing", null);
        RunReport statics = run(csv, "static-layer", null);
        assertThat(packing.layers()).hasSize(2);
        assertThat(packing.total().macs()).isEqualTo(statics.total().macs()).isPositive();
        assertThat(packing.total().computeCycles()).isPositive().isLessThanOrEqualTo(statics.total().computeCycles());
        assertThat(packing.total().energyPj().core()).isPositive();
    }

    @Test
    void aTraceWithoutTilePrecisionsIsRefusedBeforeTheRun(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> run(topology(dir), "drift-packing", "int8"))
                .hasMessageContaining("layer Conv1: Drift's detector needs each input tile's runtime precision");
    }
}
