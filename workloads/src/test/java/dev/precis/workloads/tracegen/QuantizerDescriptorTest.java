package dev.precis.workloads.tracegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quantizers describe themselves: one option list drives parsing, defaults and the header's settings. */
class QuantizerDescriptorTest {

    private final QuantizerRegistry registry = QuantizerRegistry.load();

    @Test
    void theBuiltInQuantizersAreFoundThroughTheServiceLoaderInTheirOrder() {
        assertThat(registry.names()).containsExactly("int8", "ant", "lpq", "drift", "panacea");
        assertThat(registry.descriptors()).allSatisfy(d -> assertThat(d.description()).isNotBlank());
    }

    @Test
    void everyQuantizerReportsItsResolvedOptionsAsTheHeaderSettings() {
        for (QuantizerDescriptor d : registry.descriptors()) {
            QuantizerSettings defaults = QuantizerSettings.defaults(d);
            assertThat(defaults.asText().keySet()).as(d.name())
                    .containsExactlyInAnyOrderElementsOf(d.options().stream().map(OptionSpec::name).toList());
            LayerQuantization q = registry.create(d.name());
            assertThat(q.name()).isEqualTo(d.name());
            assertThat(q.settings()).as(d.name()).isEqualTo(defaults.asText());
            assertThat(q.details().keySet()).as(d.name()).doesNotContainAnyElementsOf(q.settings().keySet());
            // the canonical text reads back to the same settings
            assertThat(QuantizerSettings.resolve(d, defaults.asText()).asText()).as(d.name()).isEqualTo(defaults.asText());
        }
    }

    @Test
    void anUnknownOptionIsAnErrorListingTheKnownOnes() {
        for (QuantizerDescriptor d : registry.descriptors()) {
            String known = String.join(", ", d.options().stream().map(OptionSpec::name).toList());
            assertThatThrownBy(() -> registry.create(d.name(), Map.of("noSuchOption", "1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(d.name() + ": unknown option 'noSuchOption'; known options: " + known);
        }
    }

    @Test
    void aValueOutsideItsRangeIsAnErrorNamingTheOptionAndTheRange() {
        int checked = 0;
        for (QuantizerDescriptor d : registry.descriptors()) {
            for (OptionSpec o : d.options()) {
                OptionRange r = o.range();
                if (r == null || o.type() == OptionType.INT_LIST) {
                    continue;
                }
                String outside = r.max() != null ? number(o, r.maxInclusive() ? r.max() + 1 : r.max())
                        : number(o, r.minInclusive() ? r.min() - 1 : r.min());
                assertThatThrownBy(() -> QuantizerSettings.resolve(d, Map.of(o.name(), outside)))
                        .as(d.name() + " " + o.name())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(d.name() + ": option " + o.name() + " must be in " + r + ", got " + outside);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThatThrownBy(() -> registry.create("drift", Map.of("precisions", "2,40,8")))
                .hasMessageContaining("drift: option precisions must be comma-separated integers in [1, 32]");
    }

    private static String number(OptionSpec o, double v) {
        return o.type() == OptionType.INT ? Integer.toString((int) v) : Double.toString(v);
    }

    @Test
    void rangesPrintWhole() {
        assertThat(OptionRange.closed(1, 65535)).hasToString("[1, 65535]");
        assertThat(OptionRange.closedOpen(0, 1)).hasToString("[0, 1)");
        assertThat(OptionRange.openClosed(0, 0.5)).hasToString("(0, 0.5]");
        assertThat(OptionRange.atLeast(2)).hasToString("[2, ∞)");
        assertThat(OptionRange.above(0).contains(0)).isFalse();
    }

    @Test
    void choicesIgnoreCaseAndAreWrittenAsDeclared() {
        QuantizerSettings s = QuantizerSettings.resolve(AntLayerQuantization.DESCRIPTOR,
                Map.of("design", "ant_ws", "candidates", "int, pot"));
        assertThat(s.choice("design")).isEqualTo("ANT-WS");
        assertThat(s.choices("candidates")).isEqualTo(List.of("INT", "POT"));
        assertThat(s.asText()).containsEntry("candidates", "INT,POT").containsEntry("design", "ANT-WS");
        assertThatThrownBy(() -> QuantizerSettings.resolve(AntLayerQuantization.DESCRIPTOR, Map.of("candidates", "INT,BAD")))
                .hasMessageContaining("ant: option candidates must be comma-separated words of INT, FLINT, POT, FLOAT")
                .hasMessageContaining("'INT,BAD'");
    }

    @Test
    void panaceasSplitIsOneOptionUnderOneName() {
        LayerQuantization q = registry.create("panacea", Map.of("loBits", "3", "dbs", "off"));
        assertThat(q.settings()).containsEntry("loBits", "3").containsEntry("dbs", "false")
                .doesNotContainKeys("defaultLoBits", "loBitsRange");
    }
}
