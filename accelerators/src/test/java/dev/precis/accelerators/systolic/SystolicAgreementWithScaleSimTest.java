package dev.precis.accelerators.systolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.FoldTiming;
import dev.precis.components.pe.OperandMapping;
import dev.precis.components.pe.SystolicArray;
import dev.precis.components.pe.SystolicLayerTiming;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ScaleSimTopologyReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Per-layer agreement with SCALE-Sim v2 on ResNet-18, 32x32 array (test resources scalesim/, copied from
 * SCALE-Sim's own reports). SCALE-Sim reports the 0-based index of the last cycle, so its "Total Cycles" is
 * compared with {@link SystolicLayerTiming#lastCycleIndex()} and its utilisation with that cycle count.
 */
class SystolicAgreementWithScaleSimTest {

    private static final SystolicArray ARRAY = new SystolicArray(32, 32);

    private record Reported(long cycles, double overallUtilPercent, double mappingEfficiencyPercent,
                            double computeUtilPercent) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"os", "ws"})
    void everyResNet18LayerTakesScaleSimsCycles(String dataflow) throws Exception {
        List<SystolicLayerResult> ours = run("Resnet18.csv", Dataflow.parse(dataflow));
        List<Reported> reference = report("resnet18_32x32_" + dataflow + "_COMPUTE_REPORT.csv");
        assertThat(ours).hasSameSizeAs(reference).hasSize(21);
        double maxRelativeError = 0;
        for (int i = 0; i < ours.size(); i++) {
            SystolicLayerTiming t = ours.get(i).timing();
            Reported r = reference.get(i);
            assertThat(t.lastCycleIndex()).as("layer %d cycles", i).isEqualTo(r.cycles());
            maxRelativeError = Math.max(maxRelativeError, Math.abs(t.cycles() - r.cycles()) / (double) r.cycles());
        }
        assertThat(maxRelativeError).isLessThan(0.01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"os", "ws"})
    void utilisationAndMappingEfficiencyMatchScaleSimsColumns(String dataflow) throws Exception {
        List<SystolicLayerResult> ours = run("Resnet18.csv", Dataflow.parse(dataflow));
        List<Reported> reference = report("resnet18_32x32_" + dataflow + "_COMPUTE_REPORT.csv");
        for (int i = 0; i < ours.size(); i++) {
            SystolicLayerTiming t = ours.get(i).timing();
            Reported r = reference.get(i);
            double overall = 100.0 * t.macs() / ((double) t.lastCycleIndex() * ARRAY.processingElements());
            assertThat(overall).as("layer %d overall util", i).isCloseTo(r.overallUtilPercent(), within(1e-9));
            assertThat(100 * t.mappingEfficiency()).as("layer %d mapping efficiency", i)
                    .isCloseTo(r.mappingEfficiencyPercent(), within(1e-9));
            if (dataflow.equals("os")) {
                assertThat(100 * t.meanFoldComputeUtilisation()).as("layer %d compute util", i)
                        .isCloseTo(r.computeUtilPercent(), within(1e-9));
            } else {
                // SCALE-Sim divides by cols - 1 more cycles per fold than the fold takes (see SystolicLayerTiming).
                assertThat(100 * t.meanFoldComputeUtilisation()).as("layer %d compute util", i)
                        .isGreaterThan(r.computeUtilPercent());
            }
        }
    }

    @Test
    void resNet50WithoutAReferenceIsTimedConsistentlyFoldByFold() throws Exception {
        for (Dataflow d : new Dataflow[] {Dataflow.OUTPUT_STATIONARY, Dataflow.WEIGHT_STATIONARY, Dataflow.INPUT_STATIONARY}) {
            List<SystolicLayerResult> layers = run("Resnet50.csv", d);
            assertThat(layers).hasSize(54);
            for (SystolicLayerResult layer : layers) {
                SystolicLayerTiming t = layer.timing();
                OperandMapping mapping = t.mapping();
                long cycles = 0;
                long macs = 0;
                for (FoldTiming f : ARRAY.folds(mapping)) {
                    cycles += f.totalCycles();
                    macs += f.macs();
                }
                assertThat(cycles).as(layer.layer()).isEqualTo(t.cycles());
                assertThat(macs).as(layer.layer()).isEqualTo(t.macs());
                assertThat(t.utilisation()).isBetween(0.0, 1.0);
            }
        }
    }

    private static List<SystolicLayerResult> run(String topology, Dataflow dataflow) throws IOException, URISyntaxException {
        Model model = ScaleSimTopologyReader.read(resource(topology));
        return SystolicModelRun.run(model, ARRAY, dataflow, 1);
    }

    private static List<Reported> report(String name) throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(resource(name), StandardCharsets.UTF_8);
        List<Reported> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new Reported(Long.parseLong(f[1].trim()), Double.parseDouble(f[3].trim()),
                    Double.parseDouble(f[4].trim()), Double.parseDouble(f[5].trim())));
        }
        return rows;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SystolicAgreementWithScaleSimTest.class.getResource("/scalesim/" + name).toURI());
    }
}
