package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void aPassingExperimentPrintsItsTableWritesTheReportAndExitsZero(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("validate", "systolic", "--out", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("systolic.os.layer0").contains("44 of 44 checks pass");
        assertThat(r.err()).contains("validate: systolic: ResNet-18 os").contains("wrote " + dir.resolve("report.md"));
        assertThat(dir.resolve("validation.json")).exists();
        assertThat(dir.resolve("systolic-os.png")).exists();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("precis validate systolic");
    }

    @Test
    void jsonFormatPrintsValidationJson(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("validate", "systolic", "--format", "json", "--out", dir.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode printed = new ObjectMapper().readTree(r.out());
        assertThat(printed).isEqualTo(new ObjectMapper().readTree(dir.resolve("validation.json").toFile()));
        assertThat(printed.get("checks")).hasSize(44);
    }

    @Test
    void aFailingCheckStillPrintsTheReportButExitsWithThree(@TempDir Path dir) {
        // At batch 1 some of ANT's batch-64 energy figures are out of reach (see the report's gaps).
        CliRunner r = CliRunner.run("validate", "ant", "--quick", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ValidateCommand.CHECKS_FAILED);
        assertThat(r.out()).contains("FAIL").contains("ant.cycles.resnet50.BitFusion");
        assertThat(dir.resolve("report.md")).exists();
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report"), "x");
        CliRunner r = CliRunner.run("validate", "noc", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--out " + file + ": not a directory").doesNotContain("validate: noc:");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void anUnknownExperimentIsAUsageErrorNamingTheKnownOnes(@TempDir Path dir) {
        CliRunner r = CliRunner.run("validate", "nope", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown experiment 'nope'").contains("systolic");
        assertThat(dir).isEmptyDirectory();
    }
}
