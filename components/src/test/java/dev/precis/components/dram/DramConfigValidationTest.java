package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.describe.ComponentRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of DRAM configurations, one case each: a complete DRAMSim3-style file (our DDR4-2400 preset written as
 * an .ini) broken in one place must fail with one message naming the file, the line where there is one, the key
 * and the rule.
 */
class DramConfigValidationTest {
    private static final PresetIni DDR4 = PresetIni.of("DDR4_8Gb_x8_2400");
    private static final PresetIni HBM2 = PresetIni.of("HBM2_8Gb_x128");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** (rule, base file, the change, key whose line the message names or null, what the message says after it). */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("a required timing", DDR4, f -> f.without("tCK"), null, "tCK: required key missing ([timing] tCK: clock period, ns)"),
                broken("several required keys", DDR4, f -> f.without("rows", "CL"), null, "2 required keys missing: rows, CL"),
                broken("tRTP is required for DDR4 (filled only for HBM2)", DDR4, f -> f.without("tRTP"), null,
                        "tRTP: required key missing"),
                broken("a current the energy model reads", DDR4, f -> f.without("IDD5AB"), null, "IDD5AB: required key missing"),
                broken("timings > 0", DDR4, f -> f.with("timing", "CL", "-5"), "CL", "CL = -5: must be > 0 cycles (read (CAS) latency)"),
                broken("timings >= 0", DDR4, f -> f.with("timing", "AL", "-1"), "AL", "AL = -1: must be >= 0 cycles"),
                broken("currents > 0", DDR4, f -> f.with("power", "IDD0", "-48"), "IDD0", "IDD0 = -48: must be > 0 mA"),
                broken("voltages > 0", DDR4, f -> f.with("power", "VDD", "0"), "VDD", "VDD = 0: must be > 0 V"),
                broken("clock in ns, not ps", DDR4, f -> f.with("timing", "tCK", "833"), "tCK", "tCK = 833: must be at most 100 ns"),
                broken("integers", DDR4, f -> f.with("timing", "CL", "17.5"), "CL", "CL = '17.5' is not an integer"),
                broken("rows a power of two", DDR4, f -> f.with("dram_structure", "rows", "60000"), "rows",
                        "rows = 60000: must be a power of two"),
                broken("queues at least one entry", DDR4, f -> f.with("system", "cmd_queue_size", "0"), "cmd_queue_size",
                        "cmd_queue_size = 0: must be >= 1 commands"),
                broken("a supported standard", DDR4, f -> f.with("dram_structure", "protocol", "GDDR5"), "protocol",
                        "protocol = GDDR5: must be one of DDR3, DDR4"),
                broken("a misspelt key", DDR4, f -> f.renamed("tRCD", "tRCDD"), "tRCDD", "tRCDD: unknown key; did you mean tRCD?"),
                broken("a key in the wrong section", DDR4, f -> f.with("power", "tWR2", "19"), "tWR2",
                        "tWR2: not a key of [power]; it belongs in [timing]"),
                broken("a misspelt section", DDR4, f -> f.with("timming", "CL", "17"), "CL",
                        "CL: in unknown section [timming]; did you mean [timing]?"),
                broken("tRAS >= tRCD", DDR4, f -> f.with("timing", "tRAS", "10"), "tRAS",
                        "tRAS: violates tRAS >= tRCD (tRAS = 10, tRCD = 17 at "),
                broken("tRAS >= tRCDRD (HBM)", HBM2, f -> f.with("timing", "tRAS", "10"), "tRAS", "violates tRAS >= tRCDRD"),
                broken("tRRD_L >= tRRD_S", DDR4, f -> f.with("timing", "tRRD_L", "2"), "tRRD_L", "violates tRRD_L >= tRRD_S"),
                broken("tCCD_L >= tCCD_S", DDR4, f -> f.with("timing", "tCCD_L", "3"), "tCCD_L", "violates tCCD_L >= tCCD_S"),
                broken("tWTR_L >= tWTR_S", DDR4, f -> f.with("timing", "tWTR_L", "2"), "tWTR_L", "violates tWTR_L >= tWTR_S"),
                broken("tREFI > tRFC", DDR4, f -> f.with("timing", "tREFI", "400"), "tREFI",
                        "violates tREFI > tRFC (tREFI = 400, tRFC = 420 at "),
                broken("AL < CL", DDR4, f -> f.with("timing", "AL", "17"), "AL", "violates AL < CL"),
                broken("IDD3N >= IDD2N", DDR4, f -> f.with("power", "IDD3N", "30"), "IDD3N", "violates IDD3N >= IDD2N"),
                broken("IDD4R >= IDD3N", DDR4, f -> f.with("power", "IDD4R", "40"), "IDD4R", "violates IDD4R >= IDD3N"),
                broken("IDD4W >= IDD3N", DDR4, f -> f.with("power", "IDD4W", "40"), "IDD4W", "violates IDD4W >= IDD3N"),
                broken("IDD5AB >= IDD3N", DDR4, f -> f.with("power", "IDD5AB", "40"), "IDD5AB", "violates IDD5AB >= IDD3N"),
                broken("activate energy >= 0", DDR4, f -> f.with("power", "IDD0", "20"), "IDD0",
                        "violates IDD0 × tRC >= IDD3N × tRAS + IDD2N × tRP"),
                broken("a rank is whole devices", DDR4, f -> f.with("dram_structure", "device_width", "128"), "bus_width",
                        "bus_width = 64: must be a multiple of device_width (128)"),
                broken("a burst fits a row", DDR4, f -> f.with("dram_structure", "columns", "4"), "columns",
                        "columns = 4: must be at least BL (8)"),
                broken("at least one rank", DDR4, f -> f.with("system", "channel_size", "1024"), "channel_size",
                        "channel_size = 1024: smaller than one rank; one rank is 8192 MB"),
                broken("a power-of-two number of ranks", DDR4, f -> f.with("system", "channel_size", "24576"), "channel_size",
                        "channel_size = 24576: must be a power-of-two number of ranks"),
                broken("unmodelled behaviour is not ignored", DDR4, f -> f.with("system", "enable_self_refresh", "true"),
                        "enable_self_refresh", "enable_self_refresh = true: not modelled; set it to false"),
                broken("a valid address mapping", DDR4, f -> f.with("system", "address_mapping", "rochrababgxx"),
                        "address_mapping", "address_mapping: address mapping 'rochrababgxx'"));
    }

    private static Arguments broken(String rule, PresetIni base, UnaryOperator<PresetIni> change, String lineKey,
                                    String message) {
        return Arguments.of(rule, change.apply(base), lineKey, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsOneErrorNamingFileLineKeyAndRule(String rule, PresetIni file, String lineKey, String message)
            throws Exception {
        Path ini = write("broken.ini", file.text());
        String where = lineKey == null ? ini + ": " : ini + " line " + file.lineOf(lineKey) + ": ";
        assertThatThrownBy(() -> DramPresets.check(ini.toString(), DramLoadOptions.STRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .message().startsWith(where).contains(message).doesNotContain("\n");
    }

    @Test
    void anEmptyFileIsAnErrorNotARunOnDefaults() throws Exception {
        Path ini = write("empty.ini", "");
        assertThatThrownBy(() -> DramPresets.check(ini.toString(), DramLoadOptions.STRICT))
                .hasMessage(ini + ": protocol: required key missing ([dram_structure] protocol: DRAM standard)");
    }

    @Test
    void aKeyGivenTwiceNamesBothLines() throws Exception {
        Path ini = write("twice.ini", DDR4.text() + "\n[timing]\nCL = 18\n");
        int second = (int) DDR4.text().lines().count() + 3;
        assertThatThrownBy(() -> DramPresets.check(ini.toString(), DramLoadOptions.STRICT))
                .hasMessage(ini + " line " + second + ": CL: given twice (also at " + ini + " line " + DDR4.lineOf("CL") + ")");
    }

    @Test
    void ignoreUnknownTurnsAnUnknownKeyIntoANote() throws Exception {
        Path ini = write("extra.ini", DDR4.with("timing", "tRCDD", "17").text());
        CheckedDramConfig c = DramPresets.check(ini.toString(), new DramLoadOptions(true, java.util.List.of()));
        assertThat(c.notes()).extracting(DramConfigNote::toString).containsExactly(ini + " line "
                + DDR4.with("timing", "tRCDD", "17").lineOf("tRCDD")
                + ": tRCDD: unknown key; did you mean tRCD?; ignored (--ignore-unknown)");
        assertThat(c.config().cycles("tRCD")).isEqualTo(17);
    }

    @Test
    void ourPresetFormatHasTheSameRulesTRcIsCheckedWhereGiven() throws Exception {
        String preset = new String(getClass().getClassLoader().getResourceAsStream("dram/presets/DDR4_8Gb_x8_2400.conf")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path conf = write("mine.conf", preset + "\ntiming.cycles.tRC = 40\n");
        assertThatThrownBy(() -> DramPresets.check(conf.toString(), DramLoadOptions.STRICT))
                .message().startsWith(conf + " line ").contains(": timing.cycles.tRC: violates tRC >= tRAS + tRP (");
        Path negative = write("neg.conf", preset.replace("CL = 17,", "CL = -5,"));
        assertThatThrownBy(() -> DramPresets.check(negative.toString(), DramLoadOptions.STRICT))
                .message().contains("timing.cycles.CL = -5: must be > 0 cycles");
    }

    @Test
    void overridesFromFlagsPassTheSameChecksAndNameTheirOrigin() {
        assertThatThrownBy(() -> DramPresets.check("ddr4-2400",
                DramLoadOptions.STRICT.withOverride("timing.cycles.CL", "-5", "--param timing.cycles.CL")))
                .hasMessage("--param timing.cycles.CL: timing.cycles.CL = -5: must be > 0 cycles (read (CAS) latency)");
        assertThatThrownBy(() -> DramPresets.check("ddr4-2400",
                DramLoadOptions.STRICT.withOverride("timing.cycles.tRAS", "5", "--param timing.cycles.tRAS")))
                .message().startsWith("--param timing.cycles.tRAS: timing.cycles.tRAS: violates tRAS >= tRCD");
        assertThatThrownBy(() -> DramPresets.check("ddr4-2400",
                DramLoadOptions.STRICT.withOverride("timing.cycles.tRCDD", "5", "--param timing.cycles.tRCDD")))
                .hasMessage("--param timing.cycles.tRCDD: timing.cycles.tRCDD: unknown key; did you mean timing.cycles.tRCD?");
        DramConfig slower = DramPresets.check("ddr4-2400",
                DramLoadOptions.STRICT.withOverride("timing.cycles.CL", "20", "--param timing.cycles.CL")).config();
        assertThat(slower.cycles("RL")).isEqualTo(20);
    }

    @Test
    void theDramComponentsParametersPassTheSameChecks() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThatThrownBy(() -> registry.create("dram", "top.dram", Map.of("addressMapping", "rochrababgxx")))
                .message().startsWith("component top.dram (type dram) parameter addressMapping: controller.address-mapping: ");
        DramComponent closed = (DramComponent) registry.create("dram", "top.dram", Map.of("pagePolicy", "close-page"));
        assertThat(closed.config().controller().rowBufferPolicy()).isEqualTo(RowBufferPolicy.CLOSE_PAGE);
    }
}
