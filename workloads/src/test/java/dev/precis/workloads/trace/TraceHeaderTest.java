package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header's quantizer settings, details and imported operands: what it holds and what it may not. */
class TraceHeaderTest {

    @TempDir
    Path dir;

    private static TraceHeader header(Map<String, String> settings, Map<String, String> details, List<OperandRef> imported) {
        return new TraceHeader("fixture", "q", new TreeMap<>(settings), new TreeMap<>(details), 1, TraceFixtures.BATCH,
                TraceFixtures.LAYERS.size(), "test", imported);
    }

    /** Writes the fixture's layers under {@code header}: the writer applies the reader's rules. */
    private void write(TraceHeader header) throws IOException {
        try (TraceWriter w = TraceWriter.create(dir.resolve("h.trace"), header)) {
            for (int i = 0; i < TraceFixtures.LAYERS.size(); i++) {
                LayerRecord record = TraceFixtures.layerRecord(i, TraceFixtures.LAYERS.get(i));
                w.beginLayer(record);
                for (OperandTiling t : record.tilings()) {
                    w.writeTiles(t.role(), TraceFixtures.columns(t.grid(), t.fields(), new java.util.Random(1)));
                }
                w.endLayer();
            }
            w.commit();
        }
    }

    @Test
    void parametersAreTheSettingsAndTheDetailsTogether() {
        TraceHeader h = header(Map.of("tileValues", "64"), Map.of("rounding", "half-even"),
                List.of(new OperandRef(1, TensorRole.WEIGHT)));
        assertThat(h.quantizerParameters()).containsExactly(Map.entry("rounding", "half-even"),
                Map.entry("tileValues", "64"));
        assertThat(h.imported(1, TensorRole.WEIGHT)).isTrue();
        assertThat(h.imported(1, TensorRole.INPUT)).isFalse();
    }

    @Test
    void aDetailMayNotRepeatASetting() {
        assertThatThrownBy(() -> write(header(Map.of("plan", "a"), Map.of("plan", "b"), List.of())))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("quantizerDetails.plan")
                .hasMessageContaining("also a setting");
    }

    @Test
    void importedOperandsMustBeOperandsOfTheTraceListedOnceInOrder() throws IOException {
        write(header(Map.of(), Map.of(), List.of(new OperandRef(0, TensorRole.INPUT), new OperandRef(0, TensorRole.WEIGHT),
                new OperandRef(2, TensorRole.SECOND_INPUT))));
        assertThatThrownBy(() -> write(header(Map.of(), Map.of(), List.of(new OperandRef(3, TensorRole.INPUT)))))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("importedOperands[0].layerIndex")
                .hasMessageContaining("outside [0, 3)");
        assertThatThrownBy(() -> write(header(Map.of(), Map.of(), List.of(new OperandRef(1, TensorRole.INPUT),
                new OperandRef(0, TensorRole.INPUT))))).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("importedOperands[1]");
        // layer 2 is an attention product: it has no weights
        assertThatThrownBy(() -> write(header(Map.of(), Map.of(), List.of(new OperandRef(2, TensorRole.WEIGHT)))))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("header.importedOperands")
                .hasMessageContaining("WEIGHT is not an operand");
    }
}
