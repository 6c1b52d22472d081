package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsEveryPointThenResumesWithNothingToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("s.conf"), """
                accelerators = [ant-os, systolic]
                models = [resnet18]
                quantizers = [int8]
                parameters { pe.rows = [16, 32] }
                """);
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--jobs", "2", "--evaluator", "mapper");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("4 points: 4 ok, 0 failed; Pareto front (energy vs cycles): ")
                .contains("systolic/resnet18/int8 pe.rows=16", "energy-vs-cycles.png", "perf-per-area.png");
        assertThat(r.err()).contains("sweep: 4/4 points");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(5);
        assertThat(out.resolve("energy-vs-cycles.png")).isNotEmptyFile();

        CliRunner again = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--format", "json",
                "--evaluator", "mapper");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("4 of 4 points already recorded, skipped");
        assertThat(again.out()).contains("\"points\" : 4", "\"alreadyDone\" : 4", "\"pareto\" : true",
                "\"accelerator\" : \"systolic\"");
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(4);
    }

    @Test
    void replaysEveryPresetWithItsSetPaths() throws Exception {
        Path file = Files.writeString(dir.resolve("r.conf"), """
                accelerators = [systolic]
                models = [mobilenetv2]
                parameters { pe.cols = [16, 32], dataflow = ws }
                """);
        Path out = dir.resolve("replay");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--jobs", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 points: 2 ok, 0 failed")
                .contains("systolic/mobilenetv2/int8 dataflow=ws pe.cols=16");
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("\"evaluator\":\"accelerator-replay-1\"");
    }
}
