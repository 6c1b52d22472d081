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
    void filledValuesAreNotedOnStderrKeyByKeyAndRecordedInTheReport() throws Exception {
        Path ini = dir.resolve("no_unified_queue.ini");
        Files.writeString(ini, DramBadInputTest.DDR4_INI.replace("unified_queue = false\n", ""));
        Path trace = Files.writeString(dir.resolve("t.trace"), "0x40 READ 0\n");
        CliRunner json = CliRunner.run("dram", "--preset", ini.toString(), "--trace", trace.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        String note = ini + ": unified_queue: not given; using false (DRAMSim3's default)";
        assertThat(json.err()).contains("dram: note: " + note);
        assertThat(new ObjectMapper().readTree(json.out()).get("configNotes").get(0).asText()).isEqualTo(note);
        CliRunner text = CliRunner.run("dram", "--preset", ini.toString(), "--trace", trace.toString());
        assertThat(text.out()).contains("config note            " + note);
    }

    @Test
    void ignoreUnknownDowngradesAnUnknownKeyToANote() throws Exception {
        Path ini = dir.resolve("extra.ini");
        Files.writeString(ini, DramBadInputTest.DDR4_INI.replace("tRCD = 17\n", "tRCD = 17\ntRCDD = 17\n"));
        Path trace = Files.writeString(dir.resolve("t.trace"), "0x40 READ 0\n");
        CliRunner strict = CliRunner.run("dram", "--preset", ini.toString(), "--trace", trace.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        CliRunner lenient = CliRunner.run("dram", "--preset", ini.toString(), "--trace", trace.toString(), "--ignore-unknown");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("line 16: tRCDD: unknown key; did you mean tRCD?; ignored (--ignore-unknown)");
    }

    @Test
    void sortReplaysABackwardsTraceSortedWithAWarning() throws Exception {
        Path backwards = Files.writeString(dir.resolve("back.trace"), "0x80 READ 40\n0x40 READ 0\n0xc0 READ 40\n");
        Path sorted = Files.writeString(dir.resolve("sorted.trace"), "0x40 READ 0\n0x80 READ 40\n0xc0 READ 40\n");
        CliRunner r = CliRunner.run("dram", "--trace", backwards.toString(), "--sort", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("dram: warning: " + backwards + ": 1 requests had a cycle before their predecessor's "
                + "(the first on line 2); replaying the trace sorted by cycle (--sort)");
        CliRunner reference = CliRunner.run("dram", "--trace", sorted.toString(), "--format", "json");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(r.out()).get("cycles")).isEqualTo(json.readTree(reference.out()).get("cycles"));
        assertThat(json.readTree(r.out()).get("averageReadLatencyCycles"))
                .isEqualTo(json.readTree(reference.out()).get("averageReadLatencyCycles"));
    }

    @Test
    void crlfTracesReplayLikeUnixOnes() throws Exception {
        Path unix = Files.writeString(dir.resolve("unix.trace"), "0x40 READ 0\n0x1000 WRITE 5\n");
        Path dos = Files.writeString(dir.resolve("dos.trace"), "0x40 READ 0\r\n0x1000 WRITE 5\r\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(CliRunner.run("dram", "--trace", unix.toString(), "--format", "json").out());
        JsonNode b = json.readTree(CliRunner.run("dram", "--trace", dos.toString(), "--format", "json").out());
        assertThat(b.get("cycles")).isEqualTo(a.get("cycles"));
        assertThat(b.get("requests").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownPresetListsTheKnownOnes() {
        CliRunner r = CliRunner.run("dram", "--preset", "ddr9", "--trace", "x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ddr9", "ddr4-2400");
    }
}
