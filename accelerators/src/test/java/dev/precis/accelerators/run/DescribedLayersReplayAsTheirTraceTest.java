package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.compare.CompareProgress;
import dev.precis.accelerators.compare.CompareRequest;
import dev.precis.accelerators.compare.Comparison;
import dev.precis.accelerators.compare.ComparisonRunner;
import dev.precis.accelerators.compose.Composition;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run from a model whose quantizer writes only nonzero counts replays layers described in memory: its report
 * is the report of the trace file the same quantizer writes, figure for figure, alone and in a comparison.
 */
class DescribedLayersReplayAsTheirTraceTest {

    private static final List<String> DESIGNS = List.of("ant", "ant-ws", "bitfusion", "olaccel", "biscaled", "adafloat");
    private static final long SEED = 7;
    private static final int BATCH = 2;

    private static RunReport fromTraceFile(String preset, Workload workload, Path dir) throws Exception {
        Composition c = Composition.load(preset, Map.of());
        Model model = WorkloadTrace.model(workload);
        Path trace = dir.resolve(preset + ".trace");
        TraceGenerator.generate(model, BATCH, SEED, WorkloadTrace.syntheticOperands(SEED),
                WorkloadTrace.quantization(c.quantizer(), c.quantizerOptions()), trace, line -> { });
        return AcceleratorRunner.run(new RunRequest(preset, new Workload.TraceFile(trace), BATCH, Optional.empty(), Map.of(),
                EngineKind.SEQUENTIAL, SEED), RunProgress.NONE);
    }

    @Test
    void eachAntFamilyPresetReportsAsOnItsTraceFileAloneAndInAComparison(@TempDir Path dir) throws Exception {
        Workload workload = new Workload.Topology(SystolicPresetMatchesScaleSimTest.resource("Resnet18.csv"));
        Comparison compared = ComparisonRunner.run(new CompareRequest(DESIGNS.subList(0, 5), "adafloat", workload, BATCH, Map.of(),
                EngineKind.SEQUENTIAL, SEED, 2), CompareProgress.NONE);
        for (String preset : DESIGNS) {
            assertThat(DescribedWorkloads.describable(new RunRequest(preset, workload, BATCH, Optional.empty(), Map.of(),
                    EngineKind.SEQUENTIAL, SEED))).as(preset).isPresent();
            RunReport expected = fromTraceFile(preset, workload, dir);
            RunReport described = AcceleratorRunner.run(new RunRequest(preset, workload, BATCH, Optional.empty(), Map.of(),
                    EngineKind.SEQUENTIAL, SEED), RunProgress.NONE);
            assertThat(described.toJson()).as(preset).isEqualTo(expected.toJson());
            assertThat(compared.design(preset).cycles()).as(preset).isEqualTo(expected.total().cycles());
            assertThat(compared.design(preset).energyPj().total()).as(preset).isEqualTo(expected.total().energyPj().total());
        }
    }

    @Test
    void presetsWhoseReplayReadsTilesMakeTheirOwnTraces() {
        Workload workload = new Workload.Model("resnet18");
        for (String preset : List.of("drift", "panacea", "sibia")) {
            assertThat(DescribedWorkloads.describable(new RunRequest(preset, workload, 1, Optional.empty(), Map.of(),
                    EngineKind.SEQUENTIAL, SEED))).as(preset).isEmpty();
        }
        assertThat(DescribedWorkloads.describable(new RunRequest("ant", new Workload.TraceFile(Path.of("x.trace")), 1,
                Optional.empty(), Map.of(), EngineKind.SEQUENTIAL, SEED))).isEmpty();
    }
}
