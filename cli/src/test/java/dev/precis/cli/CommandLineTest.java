package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void infoListsTheRegisteredTypesAndDescribesOne() {
        CliRunner all = CliRunner.run("info");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("ring-node", "phold-node", "simple-memory", "traffic-generator");
        CliRunner one = CliRunner.run("info", "traffic-generator");
        assertThat(one.out()).contains("Parameters:", "writeFraction", "Ports:", "out", "Statistics:", "latency");
    }

    @Test
    void anUnknownTypeIsOneClearErrorLineAndExitCodeOne() {
        CliRunner r = CliRunner.run("info", "warp-drive");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown component type 'warp-drive' (registered types:").doesNotContain("Exception");
    }

    @Test
    void benchKernelJsonPrintsOneObjectWithTheSameDigestOnBothEngines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRunner seq = CliRunner.run("bench", "kernel", "--model", "phold", "--engine", "sequential",
                "--components", "8", "--population", "4", "--events", "20000", "--warmup", "0", "--format", "json");
        CliRunner act = CliRunner.run("bench", "kernel", "--model", "phold", "--engine", "actor", "--threads", "2",
                "--components", "8", "--population", "4", "--events", "20000", "--warmup", "0", "--format", "json");
        assertThat(seq.exitCode()).isZero();
        JsonNode a = json.readTree(seq.out());
        JsonNode b = json.readTree(act.out());
        assertThat(seq.out().strip().lines()).hasSize(1);
        assertThat(a.get("events").asLong()).isEqualTo(b.get("events").asLong()).isGreaterThan(15_000);
        assertThat(a.get("digest").asText()).isEqualTo(b.get("digest").asText());
        assertThat(a.get("eventsPerSecond").asLong()).isPositive();
    }

    @Test
    void benchKernelRejectsBadArgumentsWithUsage() {
        CliRunner r = CliRunner.run("bench", "kernel", "--model", "mesh", "--components", "8", "--events", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--model");
        CliRunner zero = CliRunner.run("bench", "kernel", "--model", "ring", "--components", "0", "--events", "10");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--components must be >= 1");
    }

    @Test
    void exampleRunsAndWritesStatisticsAtomically() throws Exception {
        Path stats = dir.resolve("stats.json");
        CliRunner r = CliRunner.run("example", "--requests", "50", "--stats-json", stats.toString(),
                "--vcd", dir.resolve("run.vcd").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("COMPLETED", "sys.cpu0", "mean latency");
        assertThat(Files.readString(stats)).contains("sys.cpu3.completed");
        assertThat(Files.readString(dir.resolve("run.vcd"))).contains("$scope module mem0 $end", "in_held");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("stats.json", "run.vcd");
        }
    }
}
