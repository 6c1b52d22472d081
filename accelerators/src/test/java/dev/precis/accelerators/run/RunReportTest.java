package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    private static RunReport report() {
        LayerReport a = new LayerReport("conv1", 100, 80, 20, 1000, 0.5, 64, 32, EnergyPj.of(1, 2, 3, 4));
        LayerReport b = new LayerReport("fc", 50, 50, 0, 500, 1.0, 16, 8, EnergyPj.of(1, 1, 1, 1));
        return new RunReport("ant", "resnet18", 1, "sequential", List.of(a, b), a.plus("total", b), 2.0, 500);
    }

    @Test
    void theJsonHasIssue11sFieldNames() throws Exception {
        Set<String> names = new TreeSet<>();
        try (JsonParser p = new JsonFactory().createParser(report().toJson())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) names.add(p.currentName());
            }
        }
        assertThat(names).contains("accelerator", "model", "batch", "engine", "layers", "name", "cycles", "computeCycles",
                "stallCycles", "macs", "utilization", "dramReadBytes", "dramWriteBytes", "energyPj", "static", "dram",
                "buffer", "core", "total", "areaMm2", "clockMhz");
    }

    @Test
    void writesTheThreeFilesAndTheirTotalsAddUp(@TempDir Path dir) throws Exception {
        RunReport r = report();
        r.writeTo(dir.resolve("out"));
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"cycles\" : 150");
        List<String> csv = Files.readAllLines(dir.resolve("out/report.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(3)).startsWith("total,150,130,20,1500,");
        assertThat(Files.readString(dir.resolve("out/report.md"))).contains("| total | 150 |");
        assertThat(r.total().energyPj().total()).isEqualTo(14.0);
        // 1 inference in 150 cycles at 500 MHz on 2 mm2
        assertThat(r.perfPerArea()).isEqualTo(1 / (150 / 500e6) / 2.0);
    }
}
