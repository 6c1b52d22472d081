package dev.precis.components.dram;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a DRAMSim3 configuration (.ini) into a {@link DramConfig} with DRAMSim3's meaning of
 * every key, so a user can bring a configuration they already have. Keys DRAMSim3 ignores
 * for the modelled behaviour (thermal, epochs, output) are ignored here too.
 */
public final class DramIniReader {

    private static final Map<String, String> STRUCTURE = Map.of(
            "protocol", "protocol",
            "bankgroups", "organization.bank-groups",
            "banks_per_group", "organization.banks-per-group",
            "bankgroup_enable", "organization.bank-groups-enabled",
            "rows", "organization.rows",
            "columns", "organization.columns",
            "device_width", "organization.device-width-bits",
            "bl", "organization.burst-length",
            "hbm_dual_cmd", "controller.dual-command-issue");

    private static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("channel_size", "organization.channel-size-mb"),
            Map.entry("channels", "organization.channels"),
            Map.entry("bus_width", "organization.bus-width-bits"),
            Map.entry("address_mapping", "controller.address-mapping"),
            Map.entry("queue_structure", "controller.queue-structure"),
            Map.entry("row_buf_policy", "controller.row-buffer-policy"),
            Map.entry("cmd_queue_size", "controller.command-queue-size"),
            Map.entry("trans_queue_size", "controller.transaction-queue-size"),
            Map.entry("write_buf_size", "controller.write-buffer-size"),
            Map.entry("unified_queue", "controller.unified-queue"),
            Map.entry("refresh_policy", "controller.refresh-policy"),
            Map.entry("enable_self_refresh", "controller.self-refresh"));

    /** Timing names in their canonical spelling (inih lower-cases keys). */
    private static final List<String> TIMING_NAMES = List.of(
            "AL", "CL", "CWL", "tCCD_L", "tCCD_S", "tRTRS", "tRTP", "tRTP_L", "tRTP_S", "tWTR_L", "tWTR_S", "tWR",
            "tWR2", "tRP", "tRRD_L", "tRRD_S", "tRAS", "tRCD", "tRCDRD", "tRCDWR", "tRFC", "tRFC2", "tRFC4", "tRFCb",
            "tREFI", "tREFIb", "tFAW", "tRPRE", "tWPRE", "tPPD", "t32AW", "tCKE", "tCKESR", "tCKSRE", "tXS", "tXP");

    private static final List<String> POWER_NAMES = List.of(
            "IDD0", "IPP0", "IDD2P", "IDD2N", "IDD3P", "IDD3N", "IDD4W", "IDD4R", "IDD5AB", "IDD5PB", "IDD6x");

    private DramIniReader() {
    }

    public static DramConfig read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.ini$", "");
        return toConfig(name, IniFile.read(file));
    }

    public static DramConfig read(String name, String source, Reader reader) throws IOException {
        return toConfig(name, IniFile.parse(source, reader));
    }

    static DramConfig toConfig(String name, IniFile ini) {
        DramSettings s = new DramSettings(ini.source());
        for (IniFile.Entry e : ini.entries()) {
            String origin = ini.source() + " line " + e.line();
            switch (e.section()) {
                case "dram_structure" -> {
                    String key = STRUCTURE.get(e.key());
                    if (key != null) {
                        s.put(key, e.value(), origin);
                    }
                }
                case "system" -> {
                    String key = SYSTEM.get(e.key());
                    if (key != null) {
                        s.put(key, e.value(), origin);
                    }
                }
                case "timing" -> {
                    if (e.key().equals("tck")) {
                        s.put("timing.tck-ns", e.value(), origin);
                    } else {
                        s.put("timing.cycles." + canonical(e.rawKey(), TIMING_NAMES), e.value(), origin);
                    }
                }
                case "power" -> {
                    if (e.key().equals("vdd")) {
                        s.put("power.vdd-volts", e.value(), origin);
                    } else {
                        s.put("power.idd-milliamps." + canonical(e.rawKey(), POWER_NAMES), e.value(), origin);
                    }
                }
                default -> {
                    // [other], [thermal]: output and thermal settings, not modelled
                }
            }
        }
        return DramConfigFactory.build(name, s);
    }

    private static String canonical(String rawKey, List<String> names) {
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(rawKey.toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        return rawKey;
    }
}
