package dev.precis.components.dram;

import dev.precis.components.dram.DramParameter.Kind;
import dev.precis.components.dram.DramParameter.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one validation path of DRAM configurations, whichever way the values arrive (a preset, a DRAMSim3 .ini,
 * a component's parameters, command-line overrides): every key present must be known and in its physical range
 * ({@link DramParameters}), every key the standard needs must be present or filled by a documented, reported
 * default, and the parameters must agree with each other ({@link DramRules}). Then DRAMSim3's derivations apply
 * (umd-memsys/DRAMsim3 src/configuration.cc: ProtocolAdjust, CalculateSize), so a DRAMSim3 .ini gives the same
 * machine here as there.
 */
final class DramConfigFactory {

    /** At most this many banks in one system: beyond any DRAM system, and each bank costs the model heap. */
    static final long MAX_BANKS = 1 << 20;

    private DramConfigFactory() {
    }

    /** Checks the settings and builds the configuration; the notes say which values were filled. */
    public static CheckedDramConfig check(String name, DramSettings s) {
        List<DramConfigNote> notes = new ArrayList<>(s.notes());
        // Values given first (each names its line), then what is missing, then how the values relate.
        for (DramParameter p : DramParameters.ALL) {
            if (p.key() != null && s.has(p.key())) checkValue(s, p);
        }
        if (!s.has("protocol")) throw missing(s, List.of(DramParameters.byKey("protocol").orElseThrow()));
        String protocol = s.string("protocol").toUpperCase(Locale.ROOT);
        DramStandard standard = DramStandards.forProtocol(protocol);
        completeOrReject(s, standard, notes);
        rejectUnmodelledSwitches(s);
        boolean hbm = protocol.startsWith("HBM");

        DramOrganization organization = organization(s, hbm);
        Map<String, Integer> timing = timing(s, organization);
        DramPower power = new DramPower(s.real("power.vdd-volts"), s.real("power.idd-milliamps.IDD0"),
                s.real("power.idd-milliamps.IDD2N"), s.real("power.idd-milliamps.IDD3N"),
                s.real("power.idd-milliamps.IDD4W"), s.real("power.idd-milliamps.IDD4R"),
                s.real("power.idd-milliamps.IDD5AB"));
        ControllerPolicy controller = new ControllerPolicy(s.string("controller.address-mapping"),
                s.policy("controller.queue-structure", DramPolicies.QUEUE_STRUCTURE),
                s.policy("controller.row-buffer-policy", DramPolicies.ROW_BUFFER),
                (int) s.integer("controller.command-queue-size"), (int) s.integer("controller.transaction-queue-size"),
                s.bool("controller.unified-queue"),
                s.policy("controller.refresh-policy", DramPolicies.REFRESH),
                // HBM has separate row and column command buses (DRAMSim3's hbm_dual_cmd, on for HBM only).
                s.bool("controller.dual-command-issue") && hbm);
        DramRules.check(s, standard, organization, timing, power);
        DramConfig config = new DramConfig(name, protocol, standard, organization, s.real("timing.tck-ns"), timing,
                power, controller);
        try {
            AddressMapping.of(config);
        } catch (IllegalArgumentException e) {
            throw s.error("controller.address-mapping", e.getMessage());
        }
        return new CheckedDramConfig(config, notes);
    }

    /** {@link #check} without the notes (callers that log them elsewhere or know there are none). */
    public static DramConfig build(String name, DramSettings s) {
        return check(name, s).config();
    }

    /** Fills what may be filled (with a note each), and fails on everything the standard needs that is absent. */
    private static void completeOrReject(DramSettings s, DramStandard standard, List<DramConfigNote> notes) {
        Set<String> timingsRead = DramParameters.timingsRead(standard);
        List<DramParameter> missing = new ArrayList<>();
        for (DramParameter p : DramParameters.ALL) {
            if (p.key() == null || s.has(p.key()) || p.presence() == Presence.NOT_MODELLED) continue;
            boolean timing = p.key().startsWith("timing.cycles.");
            if (timing && !timingsRead.contains(p.iniKey()) && p.presence() != Presence.OPTIONAL) continue;
            if (p.fillsFor(standard)) {
                if (p.fill() == null) continue; // derived later (tRC)
                String written = s.written(p.key());
                s.override(p.key(), p.fill(), s.source() + " (default)", written);
                if (p.presence() == Presence.FILLED) {
                    notes.add(new DramConfigNote(s.source(), written, "not given; using " + p.fill() + " (" + p.fillSource() + ")"));
                }
            } else {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) throw missing(s, missing);
    }

    private static IllegalArgumentException missing(DramSettings s, List<DramParameter> missing) {
        if (missing.size() == 1) {
            DramParameter p = missing.get(0);
            return new IllegalArgumentException(s.source() + ": " + s.written(p.key()) + ": required key missing ("
                    + (s.iniStyle() ? p.iniName() + ": " : "") + p.description() + (p.unit().isEmpty() ? "" : ", " + p.unit())
                    + ")");
        }
        List<String> names = new ArrayList<>();
        for (DramParameter p : missing) names.add(s.written(p.key()));
        return new IllegalArgumentException(s.source() + ": " + missing.size() + " required keys missing: "
                + String.join(", ", names));
    }

    /** Type and physical range of one present value. */
    private static void checkValue(DramSettings s, DramParameter p) {
        String key = p.key();
        switch (p.kind()) {
            case INTEGER, REAL -> {
                double v = p.kind() == Kind.INTEGER ? s.integer(key) : s.real(key);
                if (p.minExclusive() ? v <= p.min() : v < p.min()) {
                    throw outOfRange(s, p, "must be " + (p.minExclusive() ? "> " : ">= ") + DramParameter.number(p.min()));
                }
                if (v > p.max()) throw outOfRange(s, p, "must be at most " + DramParameter.number(p.max()));
                if (p.powerOfTwo() && Long.bitCount((long) v) != 1) throw outOfRange(s, p, "must be a power of two");
            }
            case BOOLEAN -> s.bool(key);
            case CHOICE -> {
                String normalised = s.string(key).toUpperCase(Locale.ROOT).replace('-', '_');
                if (!p.choices().contains(normalised)) {
                    throw new IllegalArgumentException(s.where(key) + ": must be one of " + String.join(", ", p.choices()));
                }
            }
            case TEXT -> {
                if (s.string(key).isEmpty()) throw new IllegalArgumentException(s.where(key) + ": must not be empty");
            }
            default -> throw new IllegalStateException("unhandled kind " + p.kind());
        }
    }

    private static IllegalArgumentException outOfRange(DramSettings s, DramParameter p, String rule) {
        return new IllegalArgumentException(s.where(p.key()) + ": " + rule + (p.unit().isEmpty() ? "" : " " + p.unit())
                + " (" + p.description() + ")");
    }

    /** Switches of behaviour the model does not have: turning one on must not be ignored. */
    private static void rejectUnmodelledSwitches(DramSettings s) {
        for (String key : List.of("controller.self-refresh", "controller.aggressive-precharging")) {
            if (s.bool(key)) throw new IllegalArgumentException(s.where(key) + ": not modelled; set it to false");
        }
    }

    private static DramOrganization organization(DramSettings s, boolean hbm) {
        int bankGroups = (int) s.integer("organization.bank-groups");
        int banksPerGroup = (int) s.integer("organization.banks-per-group");
        if (!s.bool("organization.bank-groups-enabled")) {
            banksPerGroup *= bankGroups;
            bankGroups = 1;
        }
        int rows = (int) s.integer("organization.rows");
        int columns = (int) s.integer("organization.columns");
        int deviceWidth = (int) s.integer("organization.device-width-bits");
        int burstLength = (int) s.integer("organization.burst-length");
        if (hbm) {
            // HBM's "column" in DRAMSim3 .ini files is two physical columns (2n prefetch);
            // DRAMSim3 doubles it so that a column is device-width bits, as for DDR.
            columns *= 2;
        }
        int channels = (int) s.integer("organization.channels");
        int busWidth = (int) s.integer("organization.bus-width-bits");
        if (busWidth % deviceWidth != 0) {
            throw new IllegalArgumentException(s.where("organization.bus-width-bits") + ": must be a multiple of "
                    + s.written("organization.device-width-bits") + " (" + deviceWidth + "): a rank is whole devices");
        }
        if (busWidth < 8) {
            throw new IllegalArgumentException(s.where("organization.bus-width-bits") + ": must be at least 8: requests are whole bytes");
        }
        if (columns < burstLength) {
            throw new IllegalArgumentException(s.where("organization.columns") + ": must be at least "
                    + s.written("organization.burst-length") + " (" + burstLength + "): a burst reads that many columns");
        }
        int ranks = ranks(s, rows, columns, deviceWidth, busWidth, bankGroups * banksPerGroup);
        long banks = (long) channels * ranks * bankGroups * banksPerGroup;
        if (banks > MAX_BANKS) {
            throw new IllegalArgumentException(s.where("organization.channels") + ": channels × ranks × banks = " + banks
                    + " banks, more than the " + MAX_BANKS + " the model holds");
        }
        return new DramOrganization(channels, ranks, bankGroups, banksPerGroup, rows, columns, deviceWidth, busWidth,
                burstLength);
    }

    /**
     * Ranks per channel from the channel capacity, as DRAMSim3 derives them (CalculateSize), but exact: the
     * capacity must be a power-of-two number of whole ranks (DRAMSim3 truncates, or falls back to one rank with
     * a warning, both of which change the machine silently).
     */
    static int ranks(DramSettings s, int rows, int columns, int deviceWidth, int busWidth, int banks) {
        long rankBytes = (long) columns * deviceWidth / 8 * rows * banks * (busWidth / deviceWidth);
        long channelBytes = s.integer("organization.channel-size-mb") << 20;
        String rank = "one rank is " + (rankBytes >> 20) + " MB (rows × columns × device width × banks × devices)";
        if (channelBytes < rankBytes) {
            throw new IllegalArgumentException(s.where("organization.channel-size-mb") + ": smaller than one rank; " + rank);
        }
        if (channelBytes % rankBytes != 0 || Long.bitCount(channelBytes / rankBytes) != 1) {
            throw new IllegalArgumentException(s.where("organization.channel-size-mb")
                    + ": must be a power-of-two number of ranks; " + rank);
        }
        long ranks = channelBytes / rankBytes;
        if (ranks > MAX_BANKS) {
            throw new IllegalArgumentException(s.where("organization.channel-size-mb") + ": " + ranks + " ranks, more than the "
                    + MAX_BANKS + " the model holds");
        }
        return (int) ranks;
    }

    /** Every timing given, in cycles, plus the derived tBL, RL, WL and tRC the tables read. */
    private static Map<String, Integer> timing(DramSettings s, DramOrganization o) {
        Map<String, Integer> timing = new HashMap<>();
        for (String key : s.keysUnder("timing.cycles.")) {
            timing.put(key, (int) s.integer("timing.cycles." + key));
        }
        timing.put("tBL", o.burstLength() / 2); // DDR: two beats per clock
        timing.put("RL", timing.get("AL") + timing.get("CL"));
        timing.put("WL", timing.get("AL") + timing.get("CWL"));
        timing.putIfAbsent("tRC", timing.get("tRAS") + timing.get("tRP"));
        if (o.bankGroups() == 1) {
            // Without bank groups the short (_S) delays apply everywhere (DRAMSim3 timing.cc).
            timing.put("tCCD_L", timing.get("tCCD_S"));
            timing.put("tWTR_L", timing.get("tWTR_S"));
            timing.put("tRRD_L", timing.get("tRRD_S"));
        }
        return timing;
    }
}
