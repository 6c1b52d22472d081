package dev.precis.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.validation.Check;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationRun;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.CurvePlot;
import dev.precis.validation.plot.Plot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    private static ValidationRun sample() {
        List<Check> checks = List.of(Check.relative("demo.a", "Paper, Fig. 1", "speedup", 2.0, 1.9, 0.1),
                Check.relative("demo.b", "Simulator X", "latency | cycles", 10, 20, 0.01));
        List<Plot> plots = List.of(
                new BarPlot("demo-bars.png", "bars", "x", List.of("a", "b"),
                        List.of(new Plot.Series("published", List.of(2.0, 10.0)), new Plot.Series("Precis", List.of(1.9, 20.0)))),
                new CurvePlot("demo-curve.png", "curve", "load", "latency", true, List.of(
                        new CurvePlot.Curve("reference", List.of(0.1, 0.2), List.of(10.0, 20.0), true),
                        new CurvePlot.Curve("Precis", List.of(0.1, 0.2), List.of(11.0, 19.0), false))));
        ExperimentResult r = new ExperimentResult("demo", "a demo", Scope.QUICK, checks, plots,
                List.of("assumed this"), List.of("missing that"), "| extra | table |\n|---|---|\n| 1 | 2 |",
                java.util.Map.of("demo.x", 1.0));
        return new ValidationRun(Scope.QUICK, List.of(r));
    }

    @Test
    void validationJsonHoldsExactlyTheChecksArrayWithTheEightFieldsInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ValidationJson.of(sample()));
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("checks");
        assertThat(root.get("checks")).hasSize(2);
        for (JsonNode c : root.get("checks")) {
            List<String> fields = new ArrayList<>();
            c.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "source", "quantity", "reference", "precis", "relError",
                    "tolerance", "pass");
        }
        JsonNode b = root.get("checks").get(1);
        assertThat(b.get("id").asText()).isEqualTo("demo.b");
        assertThat(b.get("reference").asDouble()).isEqualTo(10.0);
        assertThat(b.get("precis").asDouble()).isEqualTo(20.0);
        assertThat(b.get("relError").asDouble()).isEqualTo(1.0);
        assertThat(b.get("pass").isBoolean()).isTrue();
        assertThat(b.get("pass").asBoolean()).isFalse();
    }

    @Test
    void theFolderGetsJsonMarkdownAndPngsAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nested/report");
        List<Path> written = ReportWriter.write(out, sample(), "precis validate demo");
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("demo-bars.png", "demo-curve.png", "validation.json", "report.md");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("demo-bars.png", "demo-curve.png", "validation.json", "report.md");
        }
        assertThat(Files.readAllBytes(out.resolve("demo-bars.png"))).startsWith(PNG_MAGIC);
        assertThat(Files.readAllBytes(out.resolve("demo-curve.png"))).startsWith(PNG_MAGIC);
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("precis validate demo").contains("1 of 2 checks pass").contains("assumed this")
                .contains("missing that").contains("![bars](demo-bars.png)").contains("latency \\| cycles")
                .contains("**FAIL**").contains("| extra | table |");
    }

    @Test
    void aRewriteReplacesThePreviousReportWhole(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("validation.json"), "old and longer than the new content would be? no: stale");
        ReportWriter.write(dir, sample(), "precis validate demo");
        assertThat(new ObjectMapper().readTree(dir.resolve("validation.json").toFile()).get("checks")).hasSize(2);
    }

    @Test
    void anOutputFolderThatIsAFileFailsNamingItAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThatThrownBy(() -> ReportWriter.write(file, sample(), "c")).hasMessageContaining("taken");
        assertThat(Files.readString(file)).isEqualTo("x");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theTableListsEveryCheckWithItsVerdict() {
        String table = CheckTable.of(sample());
        assertThat(table).contains("demo.a").contains("demo.b").contains("FAIL").contains("pass")
                .contains("1 of 2 checks pass");
    }
}
