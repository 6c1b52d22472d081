package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    /** Two small convolutions in SCALE-Sim's topology format. */
    private static final String TINY = """
            Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
            Conv1,16,16,3,3,8,16,1,
            Conv2,14,14,3,3,16,32,1,
            """;

    @Test
    void printsTheNormalisedTableAfterProgressPerLayerAndPerDesignAndWritesTheJsonAndChart(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path topology = Files.writeString(dir.resolve("tiny.csv"), TINY);
        CliRunner r = CliRunner.run(List.of("compare", "--accelerators", "ant,olaccel", "--baseline", "adafloat", "--topology",
                topology.toString(), "--batch", "2", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("compare: ["))).hasSize(3);
        // the shared pass that describes the layers of all three designs reports each layer before any run ends
        List<String> lines = r.err().lines().filter(l -> l.startsWith("compare: ")).toList();
        assertThat(lines.subList(0, 2)).allMatch(l -> l.matches("compare: described Conv[12] \\([12] of 2\\) with 3 quantizers"),
                "a described line");
        assertThat(lines.subList(2, 5)).allMatch(l -> l.startsWith("compare: ["), "a design's line");
        assertThat(r.out()).contains("tiny, batch 2, sequential engine; normalised to adafloat");
        assertThat(r.out().lines().map(l -> l.split(" +")[0])).containsSubsequence("ant", "olaccel", "adafloat");
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertThat(json.get("baseline").asText()).isEqualTo("adafloat");
        assertThat(json.get("model").asText()).isEqualTo("tiny");
        assertThat(json.get("designs")).extracting(d -> d.get("accelerator").asText()).containsExactly("ant", "olaccel", "adafloat");
        assertThat(json.get("designs").get(2).get("cyclesNorm").asDouble()).isEqualTo(1.0);
        assertThat(Files.readAllBytes(out.resolve("compare.png"))).startsWith(0x89, 'P', 'N', 'G');

        CliRunner asJson = CliRunner.run(List.of("compare", "--accelerators", "ant,olaccel", "--baseline", "adafloat", "--topology",
                topology.toString(), "--batch", "2", "--format", "json"));
        assertThat(asJson.exitCode()).as(asJson.err()).isZero();
        assertThat(asJson.out()).isEqualTo(Files.readString(out.resolve("compare.json")));
    }
}
