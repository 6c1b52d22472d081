package dev.precis.components.dram;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link DramConfig} from raw {@link DramSettings}, applying DRAMSim3's defaults and
 * derivations so a DRAMSim3 .ini gives the same machine here as there
 * (umd-memsys/DRAMsim3 src/configuration.cc: defaults, ProtocolAdjust, CalculateSize).
 */
public final class DramConfigFactory {

    /**
     * Timing defaults in cycles, used when a source leaves a parameter out: DRAMSim3's own
     * defaults (src/configuration.cc, InitTimingParams), so an .ini means the same here.
     */
    private static final Map<String, Integer> DEFAULT_TIMING_CYCLES = Map.ofEntries(
            Map.entry("AL", 0), Map.entry("CL", 12), Map.entry("CWL", 12),
            Map.entry("tCCD_L", 6), Map.entry("tCCD_S", 4), Map.entry("tRTRS", 2),
            Map.entry("tRTP", 5), Map.entry("tWTR_L", 5), Map.entry("tWTR_S", 5),
            Map.entry("tWR", 10), Map.entry("tRP", 10), Map.entry("tRRD_L", 4),
            Map.entry("tRRD_S", 4), Map.entry("tRAS", 24), Map.entry("tRCD", 10),
            Map.entry("tRFC", 74), Map.entry("tCKE", 6), Map.entry("tCKESR", 12),
            Map.entry("tXS", 432), Map.entry("tXP", 8), Map.entry("tRFCb", 20),
            Map.entry("tREFI", 7800), Map.entry("tREFIb", 1950), Map.entry("tFAW", 50),
            Map.entry("tRPRE", 1), Map.entry("tWPRE", 1), Map.entry("tPPD", 0),
            Map.entry("t32AW", 330), Map.entry("tRCDRD", 24), Map.entry("tRCDWR", 20));

    /** Every key our preset format knows, besides the open-ended timing.cycles.* and power.idd-milliamps.*. */
    private static final java.util.Set<String> KNOWN_KEYS = java.util.Set.of(
            "protocol",
            "organization.bank-groups", "organization.banks-per-group", "organization.bank-groups-enabled",
            "organization.rows", "organization.columns", "organization.device-width-bits", "organization.burst-length",
            "organization.channels", "organization.bus-width-bits", "organization.channel-size-mb",
            "timing.tck-ns", "power.vdd-volts",
            "controller.address-mapping", "controller.queue-structure", "controller.row-buffer-policy",
            "controller.command-queue-size", "controller.transaction-queue-size", "controller.write-buffer-size",
            "controller.unified-queue", "controller.refresh-policy", "controller.dual-command-issue",
            "controller.self-refresh");

    private DramConfigFactory() {
    }

    /** Rejects keys our preset format does not know (a misspelt key must not silently fall back to a default). */
    static void requireKnownKeys(DramSettings s) {
        for (String key : s.keys()) {
            if (!KNOWN_KEYS.contains(key) && !key.startsWith("timing.cycles.") && !key.startsWith("power.idd-milliamps.")) {
                throw s.error(key, "unknown setting; known: " + new java.util.TreeSet<>(KNOWN_KEYS)
                        + ", timing.cycles.<name>, power.idd-milliamps.<name>");
            }
        }
    }

    public static DramConfig build(String name, DramSettings s) {
        String protocol = s.string("protocol", "DDR3").toUpperCase(Locale.ROOT);
        DramStandard standard;
        try {
            standard = DramStandards.forProtocol(protocol);
        } catch (IllegalArgumentException e) {
            throw s.error("protocol", e.getMessage());
        }
        boolean hbm = protocol.startsWith("HBM");

        // Organisation; defaults are DRAMSim3's (InitDRAMParams, InitSystemParams).
        int bankGroups = s.integer("organization.bank-groups", 2);
        int banksPerGroup = s.integer("organization.banks-per-group", 2);
        if (!s.bool("organization.bank-groups-enabled", true)) {
            banksPerGroup *= bankGroups;
            bankGroups = 1;
        }
        int rows = s.integer("organization.rows", 1 << 16);
        int columns = s.integer("organization.columns", 1 << 10);
        int deviceWidth = s.integer("organization.device-width-bits", 8);
        int burstLength = s.integer("organization.burst-length", 8);
        if (burstLength <= 0) {
            throw s.error("organization.burst-length", "must be positive (DRAMSim3's BL = 0 'ideal bandwidth' mode is not supported)");
        }
        if (hbm) {
            // HBM's "column" in DRAMSim3 .ini files is two physical columns (2n prefetch);
            // DRAMSim3 doubles it so that a column is device-width bits, as for DDR.
            columns *= 2;
        }
        int channels = s.integer("organization.channels", 1);
        int busWidth = s.integer("organization.bus-width-bits", 64);
        int channelSizeMb = s.integer("organization.channel-size-mb", 1024);
        int ranks = ranksFor(channelSizeMb, rows, columns, deviceWidth, busWidth, bankGroups * banksPerGroup);
        DramOrganization organization;
        try {
            organization = new DramOrganization(channels, ranks, bankGroups, banksPerGroup, rows, columns,
                    deviceWidth, busWidth, burstLength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(s.source() + ": " + e.getMessage(), e);
        }

        // Timing, in cycles.
        double tckNs = s.real("timing.tck-ns", 1.0);
        Map<String, Integer> timing = new HashMap<>(DEFAULT_TIMING_CYCLES);
        for (String key : s.keysUnder("timing.cycles.")) {
            timing.put(key, s.integer("timing.cycles." + key, 0));
        }
        int burstCycles = burstLength / 2; // DDR: two beats per clock
        timing.put("tBL", burstCycles);
        timing.put("RL", timing.get("AL") + timing.get("CL"));
        timing.put("WL", timing.get("AL") + timing.get("CWL"));
        timing.put("tRC", timing.get("tRAS") + timing.get("tRP"));
        if (bankGroups == 1) {
            // Without bank groups the short (_S) delays apply everywhere (DRAMSim3 timing.cc).
            timing.put("tCCD_L", timing.get("tCCD_S"));
            timing.put("tWTR_L", timing.get("tWTR_S"));
            timing.put("tRRD_L", timing.get("tRRD_S"));
        }

        DramPower power = new DramPower(
                s.real("power.vdd-volts", 1.2),
                s.real("power.idd-milliamps.IDD0", 48),
                s.real("power.idd-milliamps.IDD2P", 25),
                s.real("power.idd-milliamps.IDD2N", 34),
                s.real("power.idd-milliamps.IDD3P", 37),
                s.real("power.idd-milliamps.IDD3N", 43),
                s.real("power.idd-milliamps.IDD4W", 123),
                s.real("power.idd-milliamps.IDD4R", 135),
                s.real("power.idd-milliamps.IDD5AB", 250),
                s.real("power.idd-milliamps.IDD6x", 31));

        if (s.bool("controller.self-refresh", false)) {
            throw s.error("controller.self-refresh", "self-refresh power-down is not modelled; set it to false");
        }
        String mapping = s.string("controller.address-mapping", "chrobabgraco");
        QueueStructure queues = s.choice("controller.queue-structure", QueueStructure.class, QueueStructure.PER_BANK);
        RowBufferPolicy page = s.choice("controller.row-buffer-policy", RowBufferPolicy.class, RowBufferPolicy.OPEN_PAGE);
        int commandQueue = s.integer("controller.command-queue-size", 16);
        int transactionQueue = s.integer("controller.transaction-queue-size", 32);
        int writeBuffer = s.integer("controller.write-buffer-size", 16);
        boolean unified = s.bool("controller.unified-queue", false);
        RefreshPolicy refresh = s.choice("controller.refresh-policy", RefreshPolicy.class, RefreshPolicy.RANK_LEVEL_STAGGERED);
        // HBM has separate row and column command buses (DRAMSim3's hbm_dual_cmd, default on for HBM only).
        boolean dual = s.bool("controller.dual-command-issue", true) && hbm;
        ControllerPolicy controller;
        try {
            controller = new ControllerPolicy(mapping, queues, page, commandQueue, transactionQueue, writeBuffer,
                    unified, refresh, dual);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(s.source() + ": " + e.getMessage(), e);
        }
        DramConfig config = new DramConfig(name, protocol, standard, organization, tckNs, timing, power, controller);
        try {
            AddressMapping.of(config); // validate the mapping string now, with the source in the message
            new CompiledTiming(config); // and that every table expression has its parameters
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(s.source() + ": " + e.getMessage(), e);
        }
        return config;
    }

    /**
     * Ranks per channel from the channel capacity, as DRAMSim3 derives them (CalculateSize):
     * as many whole ranks as fit, at least one.
     */
    static int ranksFor(int channelSizeMb, int rows, int columns, int deviceWidth, int busWidth, int banks) {
        long pageBytes = (long) columns * deviceWidth / 8;
        long megsPerBank = pageBytes * (rows / 1024) / 1024;
        long megsPerRank = megsPerBank * banks * (busWidth / deviceWidth);
        if (megsPerRank <= 0 || megsPerRank > channelSizeMb) {
            return 1;
        }
        return (int) (channelSizeMb / megsPerRank);
    }
}
