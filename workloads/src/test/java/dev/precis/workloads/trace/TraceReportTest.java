package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of {@code precis trace inspect}, rendered from a trace's summary. */
class TraceReportTest {

    @TempDir
    Path dir;

    @Test
    void inspectRendersTextAndJson() throws IOException {
        Path fixture = dir.resolve("fixture.trace");
        TraceFixtures.write(fixture);
        String text = TraceTextReport.render(TraceSummary.read(fixture));
        assertThat(text).contains("model fixture, batch 2, seed 99").contains("#0 conv conv 8x6x6 -> 16x6x6")
                .contains("precision").contains("skippable").contains("panacea.compensation");
        JsonNode json = new ObjectMapper().readTree(TraceJsonReport.render(TraceSummary.read(fixture)));
        assertThat(json.get("model").asText()).isEqualTo("fixture");
        assertThat(json.get("layers")).hasSize(3);
        JsonNode input = json.get("layers").get(2).get("operands").get(0);
        assertThat(input.get("role").asText()).isEqualTo("INPUT");
        long histogramTiles = 0;
        for (JsonNode count : input.get("precisionHistogram")) {
            histogramTiles += count.asLong();
        }
        assertThat(histogramTiles).isEqualTo(input.get("tiles").asLong());
        assertThat(input.get("hoSlices").get("skippableFraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("layers").get(0).get("tensors").get(1).get("perChannel").asBoolean()).isTrue();
    }
}
