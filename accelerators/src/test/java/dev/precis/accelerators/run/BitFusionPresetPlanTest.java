package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.antfamily.AntBenchmark;
import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.accelerators.mapping.LayerResult;
import dev.precis.accelerators.mapping.ModelMapper;
import dev.precis.accelerators.mapping.ModelResult;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bitfusion preset on a plain zoo model times BitFusion's precisions, not ANT's: on the canonical ResNet-18,
 * whose layers are the artifact's ResNet18 list, every layer's compute cycles are the artifact mapper's at
 * BitFusion's per-layer bits, and the report's notes name that plan; on a model no artifact list matches, every
 * layer runs at 8 bits and the notes say so.
 */
class BitFusionPresetPlanTest {

    @Test
    void theCanonicalResNet18TakesBitFusionsArtifactListAndTheReportSaysSo() {
        RunReport r = AcceleratorRunner.run(RunRequest.of("bitfusion", "resnet18"), RunProgress.NONE);
        assertThat(r.notes()).singleElement().asString().contains("precision plan artifact-shapes:resnet18",
                "design BitFusion", "BitFusion list for resnet18", "resnet18-ant");
        int[] bits = AntBenchmark.RESNET18.bits(AntDesign.BITFUSION, AntPrecisionPlans.artifact());
        ModelResult mapper = ModelMapper.map(AntBenchmark.RESNET18.model(AntDesign.BITFUSION), bits,
                AntFamilyDesigns.of(AntDesign.BITFUSION), 1);
        assertThat(r.layers()).hasSize(mapper.layers().size());
        for (int i = 0; i < bits.length; i++) {
            LayerResult expected = mapper.layers().get(i);
            assertThat(r.layers().get(i).computeCycles()).as(r.layers().get(i).name()).isEqualTo(expected.computeCycles());
        }
        // ANT's list (8 bits first and last, 4 elsewhere) runs 19 of 21 layers at 4 bits, four times as fast; BitFusion's
        // list keeps 19 at 8 bits
        RunReport ant = AcceleratorRunner.run(RunRequest.of("ant", "resnet18"), RunProgress.NONE);
        assertThat(r.total().computeCycles()).isGreaterThan(2 * ant.total().computeCycles());
        assertThat(ant.notes()).singleElement().asString().contains("precision plan artifact-shapes:resnet18",
                "design ANT-OS", "ANT-OS list for resnet18");
    }

    @Test
    void aModelNoArtifactListMatchesRunsAtEightBitsAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        Path csv = DriftPresetTest.topology(dir);
        RunReport r = AcceleratorRunner.run(new RunRequest("bitfusion", new Workload.Topology(csv), 1, Optional.empty(),
                Map.of(), EngineKind.SEQUENTIAL, 1), RunProgress.NONE);
        assertThat(r.notes()).singleElement().asString().contains("precision plan bitfusion-int8:small",
                "8 bits on every layer");
        RunReport allEight = AcceleratorRunner.run(new RunRequest("bitfusion", new Workload.Topology(csv), 1, Optional.empty(),
                Map.of("quantizerOptions.design", "AdaFloat"), EngineKind.SEQUENTIAL, 1), RunProgress.NONE);
        // AdaFloat's rule is 8 bits everywhere too: the same cycles on the same array
        assertThat(r.layers()).extracting(l -> l.computeCycles()).isEqualTo(allEight.layers().stream().map(l -> l.computeCycles()).toList());
    }
}
