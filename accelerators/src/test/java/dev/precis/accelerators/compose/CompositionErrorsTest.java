package dev.precis.accelerators.compose;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.tlm.describe.ComponentRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every composition error fails before the run with one line naming file, line and key. */
class CompositionErrorsTest {

    private static final String GOOD = """
            name = mine
            quantizer = int8
            clock = 500 MHz
            components {
              controller { type = replay-controller }
              pe { type = systolic-array, rows = 8, cols = 8 }
              memory { type = ideal-memory, widthBits = 256 }
            }
            links = [
              { from = controller.compute, to = pe.in }
              { from = controller.memory, to = memory.in, latency = 1 ps }
            ]
            """;

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("mine.conf");
        Files.writeString(f, text);
        return f;
    }

    private static void check(Path file, Map<String, String> overrides) {
        new Elaborator(Composition.file(file, overrides), ComponentRegistry.load()).check();
    }

    @Test
    void aGoodCompositionElaborates(@TempDir Path dir) throws Exception {
        Elaborator e = new Elaborator(Composition.file(write(dir, GOOD), Map.of()), ComponentRegistry.load()).check();
        assertThat(e.describe()).containsExactly("controller (replay-controller)", "memory (ideal-memory)", "pe (systolic-array)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type | type = systolic-array, rows | type = systolik-array, rows | mine.conf:6: key 'components.pe.type': unknown component type 'systolik-array'",
            "ill-typed parameter | rows = 8, cols | rows = eight, cols | mine.conf:6: key 'components.pe.rows': ",
            "unknown parameter | rows = 8, cols | rowz = 8, cols | mine.conf:6: key 'components.pe.rowz': ",
            "link to a missing port | to = pe.in } | to = pe.input } | mine.conf:10: key 'links[0].to': component 'pe' (type systolic-array) has no port 'input'",
            "link to a missing component | to = pe.in } | to = pu.in } | mine.conf:10: key 'links[0].to': no component 'pu'",
            "unknown top-level key | clock = 500 MHz | clok = 500 MHz | mine.conf:3: key 'clok': unknown top-level key",
            "setting given twice | rows = 8, cols = 8 } | rows = 8, cols = 8, clock = 1 GHz } | mine.conf:6: key 'components.pe.clock': also set at the top level (",
    })
    void anErrorNamesFileLineAndKey(String what, String from, String to, String message, @TempDir Path dir) throws Exception {
        assertThat(GOOD).contains(from);
        Path f = write(dir, GOOD.replace(from, to));
        assertThatThrownBy(() -> check(f, Map.of())).isInstanceOf(CompositionException.class)
                .hasMessageStartingWith(dir.resolve("mine.conf") + message.substring("mine.conf".length()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingRequiredKeyIsNamed(@TempDir Path dir) throws Exception {
        Path f = write(dir, GOOD.replace("quantizer = int8\n", ""));
        assertThatThrownBy(() -> check(f, Map.of())).hasMessageContaining("key 'quantizer': missing");
    }

    @Test
    void anUnboundPortFailsBeforeTheRun(@TempDir Path dir) throws Exception {
        Path f = write(dir, GOOD.replace("  { from = controller.memory, to = memory.in, latency = 1 ps }\n", ""));
        assertThatThrownBy(() -> check(f, Map.of())).isInstanceOf(CompositionException.class)
                .hasMessageContaining("is not bound");
    }

    @Test
    void overridesAreCheckedLikeTheFile(@TempDir Path dir) throws Exception {
        Path f = write(dir, GOOD);
        assertThatThrownBy(() -> check(f, Map.of("pe.rows", "0"))).hasMessageStartingWith("--set pe.rows=0: key 'components.pe.rows'")
                .hasMessageContaining("below its minimum");
        assertThatThrownBy(() -> check(f, Map.of("pu.rows", "16"))).hasMessageStartingWith("--set pu.rows=16: no component 'pu'");
        assertThatThrownBy(() -> check(f, Map.of("dataflw", "ws"))).hasMessageStartingWith("--set dataflw=ws: no setting 'dataflw'");
        Elaborator ok = new Elaborator(Composition.file(f, Map.of("pe.rows", "16", "dataflow", "ws")), ComponentRegistry.load()).check();
        assertThat(ok.params("pe").getInt("rows")).isEqualTo(16);
        assertThat(ok.params("pe").getString("dataflow")).isEqualTo("ws");
    }

    @Test
    void anUnknownPresetListsThePresets() {
        assertThatThrownBy(() -> Composition.load("antt", Map.of())).hasMessageContaining("unknown accelerator 'antt'")
                .hasMessageContaining("did you mean ant?");
    }

    @Test
    void aTileThatCanNeverFitFailsBeforeTheRunNamingTheLayer() {
        RunRequest r = new RunRequest("ant", new Workload.Model("resnet18"), 1, Optional.of("int8"),
                Map.of("controller.weightBuffer", "8 KiB", "controller.bufferWordBits", "64", "controller.bufferBanks", "1",
                        "pe.rows", "8192"), EngineKind.SEQUENTIAL, 1);
        assertThatThrownBy(() -> AcceleratorRunner.run(r, RunProgress.NONE)).hasMessageContaining("can never fit")
                .hasMessageContaining("layer conv1");
    }
}
