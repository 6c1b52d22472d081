package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DramCommandTest {
    @TempDir
    Path dir;

    @Test
    void replaysATraceAndReportsRowHitsAsJson() throws Exception {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 200; i++) t.append(String.format("0x%x READ %d%n", i * 64, i * 8));
        Path trace = dir.resolve("seq.trace");
        Files.writeString(trace, t);
        CliRunner r = CliRunner.run("dram", "--preset", "ddr4-2400", "--trace", trace.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("requests").asLong()).isEqualTo(200);
        // Sequential lines stay in one row: almost every read is a row hit.
        assertThat(json.get("readRowHitRate").asDouble()).isGreaterThan(0.9);
        assertThat(json.get("commandCounts").get("rd").asLong() + json.get("commandCounts").get("rda").asLong())
                .isEqualTo(200);
    }

    @Test
    void aBadTraceLineIsOneErrorNamingTheLine() throws Exception {
        Path trace = dir.resolve("bad.trace");
        Files.writeString(trace, "0x40 READ 0\n0x80 FETCH 5\n");
        CliRunner r = CliRunner.run("dram", "--preset", "hbm2", "--trace", trace.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("bad.trace", "line 2").doesNotContain("Exception");
    }

    @Test
    void anUnknownPresetListsTheKnownOnes() {
        CliRunner r = CliRunner.run("dram", "--preset", "ddr9", "--trace", "x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ddr9", "ddr4-2400");
    }
}
