package dev.precis.components.dram;

import dev.precis.components.dram.DramParameter.Kind;
import dev.precis.components.dram.DramParameter.Presence;
import dev.precis.tlm.describe.SlotSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key a DRAM configuration may hold, in our preset format and in DRAMSim3's .ini (the keys DRAMSim3 reads,
 * umd-memsys/DRAMsim3 src/configuration.cc, plus the JEDEC names its shipped files list), with type, physical
 * range and presence. Which timings are required depends on the standard: those its timing table, refresh and
 * energy model read (see {@link #timingsRead}).
 *
 * <p>What may be filled, and why (each fill is reported key by key, see {@link CheckedDramConfig#notes()}):
 * <ul>
 *   <li>{@code AL} = 0: JEDEC devices power up with additive latency off; DRAMSim3's default.</li>
 *   <li>{@code tRTRS} = 2: the rank-to-rank data-bus turnaround is a controller and board figure that device
 *       datasheets do not give; DRAMSim3's default.</li>
 *   <li>{@code tRTP} = 5 for HBM2 only: DRAMSim3's own HBM2 file gives tRTP_L/tRTP_S, which DRAMSim3 does not
 *       read, so DRAMSim3 runs it with this default; we do the same so that file means the same machine.</li>
 *   <li>Controller settings (address mapping, queue structure and sizes, row-buffer and refresh policy, unified
 *       queue): simulator choices, not device parameters; DRAMSim3's defaults.</li>
 * </ul>
 * Device organisation, clock, every other timing the standard reads, VDD and the IDD currents of the energy
 * model are never filled: a configuration without them is an error.
 */
public final class DramParameters {
    /** No JEDEC delay comes near 10^7 cycles (tREFI, the longest, is about 10^4); keeps sums in the tables exact. */
    private static final double MAX_CYCLES = 10_000_000;
    /** A controller queue beyond 2^16 entries is no DRAM controller, and its buffers would crowd the heap. */
    private static final double MAX_QUEUE = 1 << 16;
    /** A supply above 5 V is no DRAM (DDR4 1.2 V, LPDDR4 1.1 V, HBM2 1.2 V); catches millivolts given as volts. */
    private static final double MAX_VOLTS = 5;
    /** 100 A per device is beyond any DRAM current (HBM2 IDD4W is 0.5 A); catches microamperes given as mA. */
    private static final double MAX_MILLIAMPS = 100_000;
    /** A clock period above 100 ns is no DRAM clock (DDR4 0.63-1.25 ns); catches picoseconds given as ns. */
    private static final double MAX_TCK_NS = 100;

    private static final String DRAMSIM3_DEFAULT = "DRAMSim3's default";

    static final List<DramParameter> ALL = List.of(
            choice("protocol", "dram_structure", "protocol", "DRAM standard",
                    DramStandards.protocols().toArray(String[]::new)).required(),
            integer("organization.bank-groups", "dram_structure", "bankgroups", "", "bank groups per rank", 1, 64).pow2().required(),
            integer("organization.banks-per-group", "dram_structure", "banks_per_group", "", "banks per bank group", 1, 64).pow2().required(),
            bool("organization.bank-groups-enabled", "dram_structure", "bankgroup_enable",
                    "false folds the bank groups into one (GDDR5's option)").optional("true", DRAMSIM3_DEFAULT),
            integer("organization.rows", "dram_structure", "rows", "", "rows per bank", 1, 1 << 30).pow2().required(),
            integer("organization.columns", "dram_structure", "columns", "", "columns per row (HBM: of 2n prefetch)", 1, 1 << 20)
                    .pow2().required(),
            integer("organization.device-width-bits", "dram_structure", "device_width", "bits", "data width of one device", 1, 1024)
                    .pow2().required(),
            integer("organization.burst-length", "dram_structure", "BL", "beats", "burst length", 2, 1024).pow2().required(),
            integer(null, "dram_structure", "num_dies", "", "dies in a stack (thermal model)", 1, 1024).notModelled(),
            bool("controller.dual-command-issue", "dram_structure", "hbm_dual_cmd",
                    "HBM: a row and a column command may issue in one cycle").optional("true", DRAMSIM3_DEFAULT + " (HBM only)"),

            integer("organization.channel-size-mb", "system", "channel_size", "MB", "capacity of one channel", 1, Integer.MAX_VALUE)
                    .required(),
            integer("organization.channels", "system", "channels", "", "channels", 1, 1024).pow2().required(),
            integer("organization.bus-width-bits", "system", "bus_width", "bits", "data bus width of a channel", 1, 4096).pow2()
                    .required(),
            text("controller.address-mapping", "system", "address_mapping",
                    "address fields most significant first, e.g. rochrababgco").filled("chrobabgraco", DRAMSIM3_DEFAULT),
            slot("controller.queue-structure", "system", "queue_structure", DramPolicies.QUEUE_STRUCTURE),
            slot("controller.row-buffer-policy", "system", "row_buf_policy", DramPolicies.ROW_BUFFER),
            integer("controller.command-queue-size", "system", "cmd_queue_size", "commands", "entries per command queue",
                    1, MAX_QUEUE).filled("16", DRAMSIM3_DEFAULT),
            integer("controller.transaction-queue-size", "system", "trans_queue_size", "requests",
                    "requests the controller holds", 1, MAX_QUEUE).filled("32", DRAMSIM3_DEFAULT),
            // DRAMSim3 reads write_buf_size, but its controller drains on fixed rules (see DramController).
            integer(null, "system", "write_buf_size", "requests", "write buffer size (DRAMSim3 reads it, its controller does not)",
                    1, MAX_QUEUE).notModelled(),
            bool("controller.unified-queue", "system", "unified_queue", "one queue for reads and writes")
                    .filled("false", DRAMSIM3_DEFAULT),
            slot("controller.refresh-policy", "system", "refresh_policy", DramPolicies.REFRESH),
            bool("controller.self-refresh", "system", "enable_self_refresh", "self-refresh power-down (not modelled)")
                    .optional("false", DRAMSIM3_DEFAULT),
            bool("controller.aggressive-precharging", "system", "aggressive_precharging_enabled",
                    "precharge idle rows early (not modelled)").optional("false", DRAMSIM3_DEFAULT),
            integer(null, "system", "sref_threshold", "cycles", "idle cycles before self-refresh", 0, MAX_CYCLES).notModelled(),
            integer(null, "system", "mega_tick", "", "DRAMSim3 cycles per tick", 1, MAX_CYCLES).notModelled(),

            real("timing.tck-ns", "timing", "tCK", "ns", "clock period", 0, true, MAX_TCK_NS).required(),
            cycles("AL", "additive latency", false).filled("0", "JEDEC power-up value, additive latency off; " + DRAMSIM3_DEFAULT),
            cycles("CL", "read (CAS) latency", true).required(),
            cycles("CWL", "write latency", true).required(),
            cycles("tCCD_L", "column to column, same bank group", true).required(),
            cycles("tCCD_S", "column to column, other bank group", true).required(),
            cycles("tRTRS", "rank-to-rank switch", false).filled("2",
                    DRAMSIM3_DEFAULT + "; a controller and board figure that device datasheets do not give"),
            cycles("tRTP", "read to precharge", true).fillOnlyFor("5", DRAMSIM3_DEFAULT
                    + ", which it applies to its own HBM2 file: that gives tRTP_L and tRTP_S, which DRAMSim3 does not read",
                    "HBM2"),
            cycles("tRTP_L", "read to precharge, same bank group", false).notModelled(),
            cycles("tRTP_S", "read to precharge, other bank group", false).notModelled(),
            cycles("tWTR_L", "write to read, same bank group", true).required(),
            cycles("tWTR_S", "write to read, other bank group", true).required(),
            cycles("tWR", "write recovery", true).required(),
            cycles("tWR2", "write recovery, 2tCK preamble", false).notModelled(),
            cycles("tRP", "precharge", true).required(),
            cycles("tRRD_L", "activate to activate, same bank group", true).required(),
            cycles("tRRD_S", "activate to activate, other bank group", true).required(),
            cycles("tRAS", "activate to precharge", true).required(),
            cycles("tRCD", "activate to column command", true).required(),
            cycles("tRCDRD", "activate to read (HBM, GDDR)", true).required(),
            cycles("tRCDWR", "activate to write (HBM, GDDR)", true).required(),
            timingOnly("tRC", "activate to activate, same bank", true).optional(null, "tRAS + tRP, as DRAMSim3 derives it"),
            cycles("tRFC", "all-bank refresh", true).required(),
            cycles("tRFC2", "refresh, 2x mode", false).notModelled(),
            cycles("tRFC4", "refresh, 4x mode", false).notModelled(),
            cycles("tRFCb", "per-bank refresh (not modelled)", false).notModelled(),
            cycles("tREFI", "refresh interval", true).required(),
            cycles("tREFIb", "per-bank refresh interval (not modelled)", false).notModelled(),
            cycles("tFAW", "four-activate window", true).required(),
            cycles("tRPRE", "read preamble", false).notModelled(),
            cycles("tWPRE", "write preamble", false).notModelled(),
            cycles("tPPD", "precharge to precharge (LPDDR4)", false).required(),
            cycles("t32AW", "32-activate window (GDDR5)", false).notModelled(),
            cycles("tCKE", "clock-enable pulse (power-down)", false).notModelled(),
            cycles("tCKESR", "self-refresh minimum (power-down)", false).notModelled(),
            cycles("tCKSRE", "clock after self-refresh entry", false).notModelled(),
            cycles("tXS", "exit self-refresh", false).notModelled(),
            cycles("tXP", "exit power-down", false).notModelled(),
            integer(null, "timing", "ideal_memory_latency", "cycles", "DRAMSim3's ideal-memory mode", 0, MAX_CYCLES).notModelled(),

            real("power.vdd-volts", "power", "VDD", "V", "supply voltage", 0, true, MAX_VOLTS).required(),
            current("IDD0", "one bank activate-precharge").required(),
            current("IDD2N", "precharge standby").required(),
            current("IDD3N", "active standby").required(),
            current("IDD4R", "burst read").required(),
            current("IDD4W", "burst write").required(),
            current("IDD5AB", "all-bank refresh").required(),
            current("IDD2P", "precharge power-down (not modelled)").notModelled(),
            current("IDD3P", "active power-down (not modelled)").notModelled(),
            current("IDD5PB", "per-bank refresh (not modelled)").notModelled(),
            current("IDD6x", "self-refresh (not modelled)").notModelled(),
            current("IPP0", "VPP activate current (not modelled)").notModelled(),

            iniOnly("other", "epoch_period", "output_level", "output_prefix"),
            iniOnly("thermal", "const_logic_power", "mat_dim_x", "mat_dim_y", "loc_mapping", "bank_order", "bank_layer_order",
                    "chip_dim_x", "chip_dim_y", "amb_temp", "power_epoch_period"),
            iniOnly("hmc", "num_links", "link_width", "link_speed", "block_size", "xbar_queue_depth"))
            .stream().flatMap(List::stream).toList();

    private static final Map<String, DramParameter> BY_KEY = new LinkedHashMap<>();
    private static final Map<String, DramParameter> BY_INI = new LinkedHashMap<>();

    static {
        for (DramParameter p : ALL) {
            if (p.key() != null) BY_KEY.put(p.key(), p);
            if (p.iniSection() != null) BY_INI.put(iniId(p.iniSection(), p.iniKey()), p);
        }
    }

    private DramParameters() {
    }

    /** The parameter of our key ({@code timing.cycles.tRCD}), if there is one. */
    public static Optional<DramParameter> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The parameter of a DRAMSim3 .ini key; section and key compare ignoring case, as inih does. */
    public static Optional<DramParameter> byIni(String section, String key) {
        return Optional.ofNullable(BY_INI.get(iniId(section, key)));
    }

    /** Every key of our format, in table order. */
    public static Set<String> keys() {
        return BY_KEY.keySet();
    }

    /** The .ini keys of a section (their spelling), or of every section if {@code section} is null. */
    static List<String> iniKeys(String section) {
        List<String> keys = new ArrayList<>();
        for (DramParameter p : ALL) {
            if (p.iniSection() != null && (section == null || p.iniSection().equals(section))) keys.add(p.iniKey());
        }
        return keys;
    }

    /** The sections of DRAMSim3's .ini files. */
    static Set<String> iniSections() {
        Set<String> sections = new LinkedHashSet<>();
        for (DramParameter p : ALL) if (p.iniSection() != null) sections.add(p.iniSection());
        return sections;
    }

    /**
     * The timing parameters a standard's model reads: those of its timing table and activation windows, tREFI
     * (refresh), tRAS, tRP, tRFC (activate and refresh energy), with the derived RL, WL, tRC and tBL replaced by
     * what they are derived from.
     */
    static Set<String> timingsRead(DramStandard standard) {
        Set<String> names = new LinkedHashSet<>(List.of("tREFI", "tRAS", "tRP", "tRFC"));
        for (TimingConstraint c : standard.constraints()) names.addAll(c.latency().parameters());
        for (ActivationWindow w : standard.activationWindows()) names.addAll(w.window().parameters());
        Set<String> expanded = new LinkedHashSet<>();
        for (String n : names) {
            switch (n) {
                case "RL" -> expanded.addAll(List.of("AL", "CL"));
                case "WL" -> expanded.addAll(List.of("AL", "CWL"));
                case "tRC" -> expanded.addAll(List.of("tRAS", "tRP"));
                case "tBL" -> { } // from the burst length
                default -> expanded.add(n);
            }
        }
        return expanded;
    }

    private static String iniId(String section, String key) {
        return section.toLowerCase(Locale.ROOT) + "/" + key.toLowerCase(Locale.ROOT);
    }

    // ---- the table's vocabulary ----

    private static Builder integer(String key, String section, String iniKey, String unit, String description,
                                   double min, double max) {
        return new Builder(key, section, iniKey, Kind.INTEGER, unit, description).range(min, false, max);
    }

    private static Builder real(String key, String section, String iniKey, String unit, String description,
                                double min, boolean minExclusive, double max) {
        return new Builder(key, section, iniKey, Kind.REAL, unit, description).range(min, minExclusive, max);
    }

    private static Builder bool(String key, String section, String iniKey, String description) {
        return new Builder(key, section, iniKey, Kind.BOOLEAN, "", description);
    }

    private static Builder text(String key, String section, String iniKey, String description) {
        return new Builder(key, section, iniKey, Kind.TEXT, "", description);
    }

    /** A slot's choice: its registered implementations in DRAMSim3's spelling, DRAMSim3's default filled. */
    private static List<DramParameter> slot(String key, String section, String iniKey, SlotSpec<?> slot) {
        List<String> names = DramPolicies.iniNames(slot);
        return choice(key, section, iniKey, slot.description(), names.toArray(String[]::new))
                .filled(DramPolicies.ini(slot.defaultPolicy()), DRAMSIM3_DEFAULT);
    }

    private static Builder choice(String key, String section, String iniKey, String description, String... choices) {
        Builder b = new Builder(key, section, iniKey, Kind.CHOICE, "", description);
        b.choices = List.of(choices);
        return b;
    }

    /** A timing in cycles; {@code positive}: zero would let two commands the standard separates issue together. */
    private static Builder cycles(String name, String description, boolean positive) {
        return new Builder("timing.cycles." + name, "timing", name, Kind.INTEGER, "cycles", description)
                .range(0, positive, MAX_CYCLES);
    }

    /** A timing of our format that DRAMSim3 does not read (it derives it). */
    private static Builder timingOnly(String name, String description, boolean positive) {
        Builder b = cycles(name, description, positive);
        b.section = null;
        return b;
    }

    private static Builder current(String name, String description) {
        return new Builder("power.idd-milliamps." + name, "power", name, Kind.REAL, "mA", description)
                .range(0, true, MAX_MILLIAMPS);
    }

    /** DRAMSim3 keys of output, thermal and HMC settings: accepted in .ini files, not modelled, not checked. */
    private static List<DramParameter> iniOnly(String section, String... keys) {
        List<DramParameter> list = new ArrayList<>();
        for (String k : keys) {
            list.addAll(new Builder(null, section, k, Kind.TEXT, "", section + " setting (not modelled)").notModelled());
        }
        return list;
    }

    /** Fluent construction of one table row. */
    private static final class Builder {
        private final String key;
        private String section;
        private final String iniKey;
        private final Kind kind;
        private final String unit;
        private final String description;
        private double min = -Double.MAX_VALUE;
        private boolean minExclusive;
        private double max = Double.MAX_VALUE;
        private boolean powerOfTwo;
        private List<String> choices = List.of();
        private Presence presence = Presence.REQUIRED;
        private String fill;
        private String fillSource = "";
        private Set<String> fillOnlyFor = Set.of();

        Builder(String key, String section, String iniKey, Kind kind, String unit, String description) {
            this.key = key;
            this.section = section;
            this.iniKey = iniKey;
            this.kind = kind;
            this.unit = unit;
            this.description = description;
        }

        Builder range(double minimum, boolean exclusive, double maximum) {
            min = minimum;
            minExclusive = exclusive;
            max = maximum;
            return this;
        }

        Builder pow2() {
            powerOfTwo = true;
            return this;
        }

        List<DramParameter> required() {
            presence = Presence.REQUIRED;
            return List.of(build());
        }

        List<DramParameter> filled(String value, String source) {
            presence = Presence.FILLED;
            fill = value;
            fillSource = source;
            return List.of(build());
        }

        List<DramParameter> optional(String value, String source) {
            presence = Presence.OPTIONAL;
            fill = value;
            fillSource = source;
            return List.of(build());
        }

        List<DramParameter> notModelled() {
            presence = Presence.NOT_MODELLED;
            return List.of(build());
        }

        /** Required, except for these standards, for which a missing value is filled. */
        List<DramParameter> fillOnlyFor(String value, String source, String... standards) {
            presence = Presence.FILLED;
            fill = value;
            fillSource = source;
            fillOnlyFor = Set.of(standards);
            return List.of(build());
        }

        DramParameter build() {
            return new DramParameter(key, section, iniKey, kind, unit, description, min, minExclusive, max, powerOfTwo,
                    choices, presence, fill, fillSource, fillOnlyFor);
        }
    }
}
