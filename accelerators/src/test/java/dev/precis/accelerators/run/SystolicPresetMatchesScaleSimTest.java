package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code precis run --accelerator systolic --topology Resnet18.csv}: every layer's compute cycles, from the
 * systolic-array component's statistics, equal SCALE-Sim v2's report (its "Total Cycles" is the last cycle's
 * 0-based index, so one less than the count) for os and ws.
 */
class SystolicPresetMatchesScaleSimTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SystolicPresetMatchesScaleSimTest.class.getResource("/scalesim/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"os", "ws"})
    void computeCyclesOfEveryLayerAreScaleSims(String dataflow) throws Exception {
        RunRequest request = new RunRequest("systolic", new Workload.Topology(resource("Resnet18.csv")), 1, Optional.empty(),
                Map.of("dataflow", dataflow), EngineKind.SEQUENTIAL, 1);
        RunReport report = AcceleratorRunner.run(request, RunProgress.NONE);
        List<Long> scaleSim = new ArrayList<>();
        List<String> lines = Files.readAllLines(resource("resnet18_32x32_" + dataflow + "_COMPUTE_REPORT.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) scaleSim.add(Long.parseLong(line.split(",")[1].trim()));
        }
        assertThat(report.layers()).hasSize(scaleSim.size());
        for (int i = 0; i < scaleSim.size(); i++) {
            LayerReport l = report.layers().get(i);
            assertThat(l.computeCycles()).as(l.name()).isEqualTo(scaleSim.get(i) + 1);
            assertThat(l.cycles()).as(l.name()).isGreaterThanOrEqualTo(l.computeCycles());
        }
        var model = dev.precis.workloads.zoo.ScaleSimTopologyReader.read(resource("Resnet18.csv"));
        long readBytes = 0;
        long writeBytes = 0;
        for (var layer : model.layers()) {
            var g = layer.gemm(1);
            readBytes += (g.m() * g.k() + g.k() * g.n()) * g.count(); // int8 inputs and weights
            writeBytes += g.m() * g.n() * 4 * g.count();              // 32-bit outputs (controller.outputBits)
        }
        assertThat(report.total().dramReadBytes()).isEqualTo(readBytes);
        assertThat(report.total().dramWriteBytes()).isEqualTo(writeBytes);
        assertThat(report.total().macs()).isPositive();
        assertThat(report.areaMm2()).isPositive();
    }
}
