package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizerOptionsTest {

    @TempDir
    Path dir;

    private Path gemmList() throws IOException {
        Path file = dir.resolve("two.gemm");
        Files.writeString(file, "name,M,N,K,input\nfirst,40,24,160,network_input\nsecond,40,16,96,post_relu\n");
        return file;
    }

    private TraceSummary write(String quantizer, Map<String, String> options) throws IOException {
        Path out = dir.resolve(quantizer + ".trace");
        AdapterTraces.write(gemmList().toString(), quantizer, options, 2, 1, out);
        return TraceSummary.read(out);
    }

    @Test
    void lpqSearchSizeComesFromTheOptions() throws IOException {
        TraceSummary s = write("lpq", Map.of("population", "6", "generations", "2", "mutationRate", "0.5"));
        assertThat(s.header().quantizerParameters()).containsEntry("population", "6")
                .containsEntry("generations", "2").containsEntry("mutationRate", "0.5");
        assertThat(s.header().quantizerParameters().get("bestFitnessHistory").split(",")).hasSize(3);
    }

    @Test
    void driftPrecisionSetAndGroupComeFromTheOptions() throws IOException {
        TraceSummary s = write("drift", Map.of("precisions", "4,8", "groupSizeK", "32"));
        assertThat(s.header().quantizerParameters()).containsEntry("precisions", "4,8").containsEntry("groupSizeK", "32");
        OperandTotals input = s.layers().get(0).end().totals().get(0);
        assertThat(input.precisionHistogram()[4] + input.precisionHistogram()[8]).isEqualTo(input.tiles());
        assertThat(s.layers().get(0).layer().tilings().get(0).grid().tileCols()).isEqualTo(32);
    }

    @Test
    void panaceaVectorLengthAndAntDesignComeFromTheOptions() throws IOException {
        TraceSummary p = write("panacea", Map.of("hoVectorLength", "8", "zpm", "off"));
        assertThat(p.layers().get(0).layer().tilings().get(0).grid().hoVectorLength()).isEqualTo(8);
        assertThat(p.layers().get(0).layer().statistics().get("panacea.zeroPoint"))
                .isEqualTo(p.layers().get(0).layer().statistics().get("panacea.calibratedZeroPoint"));
        TraceSummary a = write("ant", Map.of("design", "AdaFloat"));
        assertThat(a.header().quantizerParameters()).containsEntry("design", "AdaFloat");
        assertThat(a.layers().get(1).layer().tensors().get(0).bits()).isEqualTo(8);
    }

    @Test
    void unknownOptionsAndMalformedValuesAreRejectedWithTheKnownKeys() {
        assertThatThrownBy(() -> write("lpq", Map.of("populaton", "6")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lpq: unknown option 'populaton'")
                .hasMessageContaining("population");
        assertThatThrownBy(() -> write("drift", Map.of("groupSizeK", "sixty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groupSizeK")
                .hasMessageContaining("'sixty'");
        assertThatThrownBy(() -> write("int8", Map.of("tileValues", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tileValues");
        QuantizerRegistry plain = QuantizerRegistry.load().with("plain", Int8LayerQuantization::new);
        assertThat(plain.create("plain", Map.of()).name()).isEqualTo("int8");
        assertThatThrownBy(() -> plain.create("plain", Map.of("tileValues", "32")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain: unknown option 'tileValues'");
    }
}
