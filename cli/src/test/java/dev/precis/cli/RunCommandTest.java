package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void printsTheTableAfterProgressPerLayerAndWritesTheThreeReports(@TempDir Path dir) throws Exception {
        Path topology = Files.writeString(dir.resolve("tiny.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,16,16,3,3,8,16,1,
                Conv2,14,14,3,3,16,32,1,
                """);
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run(List.of("run", "--accelerator", "systolic", "--topology", topology.toString(), "--out",
                out.toString()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("run: [1/2] Conv1", "run: [2/2] Conv2");
        assertThat(r.out()).contains("tiny on systolic, batch 1, sequential engine", "Conv1", "total");
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("report.csv")).exists();
        assertThat(out.resolve("report.md")).exists();
        CliRunner json = CliRunner.run(List.of("run", "--accelerator", "systolic", "--topology", topology.toString(),
                "--format", "json", "--engine", "actor", "--timeline", dir.resolve("t.json").toString()));
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"engine\" : \"actor\"", "\"energyPj\"");
        assertThat(Files.readString(dir.resolve("t.json"))).contains("\"traceEvents\"", "\"Conv2\"");
    }
}
