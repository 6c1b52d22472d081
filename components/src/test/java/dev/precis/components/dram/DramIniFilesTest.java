package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** DRAMSim3 .ini files and our presets describe the same machines, through the same checks. */
class DramIniFilesTest {
    @TempDir
    Path dir;

    static java.util.List<String> presets() {
        return DramPresets.names();
    }

    private CheckedDramConfig load(String fileName, PresetIni ini) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, ini.text());
        return DramPresets.check(file.toString(), DramLoadOptions.STRICT);
    }

    private static void assertSameMachine(DramConfig a, DramConfig b) {
        assertThat(a.protocol()).isEqualTo(b.protocol());
        assertThat(a.standard()).isSameAs(b.standard());
        assertThat(a.organization()).isEqualTo(b.organization());
        assertThat(a.tckNs()).isEqualTo(b.tckNs());
        assertThat(a.timingCycles()).isEqualTo(b.timingCycles());
        assertThat(a.power()).isEqualTo(b.power());
        assertThat(a.controller()).isEqualTo(b.controller());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyShippedPresetIsCompleteAndReadsTheSameAsADramsim3Ini(String preset) throws Exception {
        CheckedDramConfig fromPreset = DramPresets.check(preset, DramLoadOptions.STRICT);
        assertThat(fromPreset.notes()).as("a shipped preset fills nothing").isEmpty();
        CheckedDramConfig fromIni = load(preset + ".ini", PresetIni.of(preset));
        assertThat(fromIni.notes()).isEmpty();
        assertSameMachine(fromIni.config(), fromPreset.config());
    }

    @Test
    void dramsim3sOwnHbm2FileGetsDramsim3sDefaultsForWhatItLeavesOutEachNoted() throws Exception {
        // DRAMSim3's configs/HBM2_8Gb_x128.ini has no AL, tRTP, tRTRS or refresh_policy.
        PresetIni dramsim3 = PresetIni.of("HBM2_8Gb_x128").without("AL", "tRTP", "tRTRS", "refresh_policy");
        CheckedDramConfig c = load("HBM2_8Gb_x128.ini", dramsim3);
        assertThat(c.notes()).extracting(DramConfigNote::key)
                .containsExactly("refresh_policy", "AL", "tRTRS", "tRTP");
        assertThat(c.notes()).allSatisfy(n -> assertThat(n.message()).startsWith("not given; using ").contains("DRAMSim3"));
        assertSameMachine(c.config(), DramPresets.load("hbm2"));
    }

    @Test
    void dramsim3sOwnDdr4FileIsCompleteButForOneControllerSetting() throws Exception {
        CheckedDramConfig c = load("DDR4_8Gb_x8_2400.ini", PresetIni.of("DDR4_8Gb_x8_2400").without("unified_queue"));
        assertThat(c.notes()).extracting(DramConfigNote::key).containsExactly("unified_queue");
        assertSameMachine(c.config(), DramPresets.load("ddr4-2400"));
    }
}
