package dev.precis.accelerators.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.accelerators.run.EnergyPj;
import dev.precis.accelerators.run.LayerReport;
import dev.precis.accelerators.run.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's figures, its JSON fields and its files, from hand-made reports. */
class ComparisonTest {

    private static RunReport report(String accelerator, long cycles, EnergyPj energy) {
        LayerReport total = new LayerReport("total", cycles, cycles, 0, 100, 1, 10, 20, energy);
        return new RunReport(accelerator, "tiny", 4, "sequential", List.of(total), total, 1.5, 500);
    }

    private static final RunReport BASE = report("base", 1000, EnergyPj.of(10, 20, 30, 40));
    private static final RunReport FAST = report("fast", 250, EnergyPj.of(5, 5, 10, 5));

    @Test
    void normalisesCyclesToTheBaselinesAndEachEnergyPartToTheBaselinesTotal() {
        Comparison c = Comparison.of(List.of(FAST), BASE);
        DesignFigures fast = c.design("fast");
        assertThat(fast.cyclesNorm()).isEqualTo(0.25);
        assertThat(fast.energyNorm().staticPj()).isCloseTo(0.05, within(1e-12));
        assertThat(fast.energyNorm().buffer()).isCloseTo(0.10, within(1e-12));
        assertThat(fast.energyNorm().total()).isCloseTo(0.25, within(1e-12));
        assertThat(c.design("base").cyclesNorm()).isEqualTo(1.0);
        assertThat(c.design("base").energyNorm().total()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void listsTheDesignsInTheOrderGivenThenTheBaselineUnlessListed() {
        RunReport slow = report("slow", 4000, EnergyPj.of(1, 1, 1, 1));
        assertThat(Comparison.of(List.of(slow, FAST), BASE).designs()).extracting(DesignFigures::accelerator)
                .containsExactly("slow", "fast", "base");
        assertThat(Comparison.of(List.of(slow, BASE, FAST), BASE).designs()).extracting(DesignFigures::accelerator)
                .containsExactly("slow", "base", "fast");
    }

    @Test
    void jsonHasExactlyTheFieldsOfIssue11() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Comparison.of(List.of(FAST), BASE).json());
        assertThat(names(json)).containsExactly("baseline", "model", "designs");
        assertThat(json.get("baseline").asText()).isEqualTo("base");
        assertThat(json.get("model").asText()).isEqualTo("tiny");
        JsonNode d = json.get("designs").get(0);
        assertThat(names(d)).containsExactly("accelerator", "cycles", "energyPj", "cyclesNorm", "energyNorm");
        assertThat(names(d.get("energyPj"))).containsExactly("static", "dram", "buffer", "core", "total");
        assertThat(names(d.get("energyNorm"))).containsExactly("static", "dram", "buffer", "core", "total");
        assertThat(d.get("cycles").asLong()).isEqualTo(250);
        assertThat(d.get("energyPj").get("total").asDouble()).isEqualTo(25);
        assertThat(d.get("cyclesNorm").asDouble()).isEqualTo(0.25);
    }

    @Test
    void writesTheJsonAndAPngChart(@TempDir Path dir) throws Exception {
        Comparison c = Comparison.of(List.of(FAST), BASE);
        Path out = dir.resolve("out");
        c.writeTo(out);
        assertThat(Files.readString(out.resolve(Comparison.JSON_FILE))).isEqualTo(c.json());
        byte[] png = Files.readAllBytes(out.resolve(Comparison.CHART_FILE));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("compare.json", "compare.png");
        }
    }

    @Test
    void theTableShowsEveryDesignNormalised() {
        String text = Comparison.of(List.of(FAST), BASE).text();
        assertThat(text).contains("tiny, batch 4, sequential engine; normalised to base");
        assertThat(text.lines().filter(l -> l.startsWith("fast")).findFirst().orElseThrow()).contains("250", "0.250");
    }

    @Test
    void aBaselineWithoutCyclesOrEnergyCannotBeNormalisedTo() {
        assertThatThrownBy(() -> Comparison.of(List.of(FAST), report("zero", 0, EnergyPj.of(1, 1, 1, 1))))
                .hasMessageContaining("nothing to normalise to");
        assertThatThrownBy(() -> Comparison.of(List.of(FAST), report("dark", 10, EnergyPj.ZERO)))
                .hasMessageContaining("nothing to normalise to");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
