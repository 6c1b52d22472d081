package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

    @Test
    void layersFollowOneAnotherOnTheirOwnTrackAndSpanEachLayersCycles(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("two.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,12,12,3,3,8,16,1,
                Conv2,10,10,3,3,16,16,1,
                """);
        Path timeline = dir.resolve("t.json");
        RunReport r = AcceleratorRunner.run(new RunRequest("systolic", new Workload.Topology(csv), 1, Optional.empty(), Map.of(),
                EngineKind.SEQUENTIAL, 1), RunProgress.NONE, timeline);
        JsonNode events = new ObjectMapper().readTree(timeline.toFile()).get("traceEvents");
        List<JsonNode> layers = new ArrayList<>();
        long transactions = 0;
        for (JsonNode e : events) {
            if ("layer".equals(e.path("cat").asText())) layers.add(e);
            if ("transaction".equals(e.path("cat").asText())) transactions++;
        }
        assertThat(layers).extracting(e -> e.get("name").asText()).containsExactly("Conv1", "Conv2");
        double firstEnd = layers.get(0).get("ts").asDouble() + layers.get(0).get("dur").asDouble();
        assertThat(layers.get(1).get("ts").asDouble()).isEqualTo(firstEnd);
        // 500 MHz: 2 ns a cycle, so the layer's span covers its cycles
        assertThat(layers.get(0).get("dur").asDouble() * 1000).isGreaterThanOrEqualTo(r.layers().get(0).cycles() * 2.0);
        assertThat(transactions).isGreaterThanOrEqualTo(6);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("two.csv", "t.json");
        }
    }
}
