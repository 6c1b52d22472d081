package dev.precis.components.dram;

import static dev.precis.components.dram.DramCommandType.ACTIVATE;
import static dev.precis.components.dram.DramCommandType.PRECHARGE;
import static dev.precis.components.dram.DramCommandType.READ;
import static dev.precis.components.dram.DramCommandType.READ_PRECHARGE;
import static dev.precis.components.dram.DramCommandType.REFRESH;
import static dev.precis.components.dram.DramCommandType.WRITE;
import static dev.precis.components.dram.DramCommandType.WRITE_PRECHARGE;
import static dev.precis.components.dram.TimingConstraint.cmds;
import static dev.precis.components.dram.TimingConstraint.of;
import static dev.precis.components.dram.TimingScope.OTHER_BANKS_SAME_GROUP;
import static dev.precis.components.dram.TimingScope.OTHER_GROUPS_SAME_RANK;
import static dev.precis.components.dram.TimingScope.OTHER_RANKS;
import static dev.precis.components.dram.TimingScope.SAME_BANK;
import static dev.precis.components.dram.TimingScope.SAME_RANK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The timing tables of the supported standards. Parameter names are JEDEC's, in cycles:
 * tBL is the data burst in cycles (BL/2 for DDR), RL = AL + CL, WL = AL + CWL, tRC = tRAS + tRP.
 * The constraints are those of JESD79-4 (DDR4), JESD209-4 (LPDDR4) and JESD235 (HBM) as
 * DRAMSim3 (umd-memsys/DRAMsim3, src/timing.cc) applies them, so that our command schedule
 * agrees with DRAMSim3's on the same configuration.
 */
public final class DramStandards {

    private static final Set<DramCommandType> RD = cmds(READ, READ_PRECHARGE);
    private static final Set<DramCommandType> WR = cmds(WRITE, WRITE_PRECHARGE);

    /** DDR4 (also used for DDR3 and LPDDR/LPDDR3, which DRAMSim3 times the same way). */
    public static final DramStandard DDR4 = new DramStandard("DDR4", jedecTable("tRCD - AL", "tRCD - AL", false),
            List.of(ActivationWindow.of(4, "tFAW")));

    /** LPDDR4: DDR4's table plus the precharge-to-precharge delay tPPD between banks. */
    public static final DramStandard LPDDR4 = new DramStandard("LPDDR4", jedecTable("tRCD - AL", "tRCD - AL", true),
            List.of(ActivationWindow.of(4, "tFAW")));

    /** HBM/HBM2: separate activate-to-read and activate-to-write delays (tRCDRD, tRCDWR). */
    public static final DramStandard HBM2 = new DramStandard("HBM2", jedecTable("tRCDRD", "tRCDWR", false),
            List.of(ActivationWindow.of(4, "tFAW")));

    private DramStandards() {
    }

    /**
     * The table for a protocol name (DRAMSim3's: DDR3, DDR4, LPDDR, LPDDR3, LPDDR4, HBM, HBM2, and those of any
     * other registered {@link DramStandardSet}).
     */
    public static DramStandard forProtocol(String protocol) {
        Map<String, DramStandard> known = registered();
        DramStandard standard = known.get(protocol.toUpperCase(Locale.ROOT));
        if (standard == null) {
            throw new IllegalArgumentException("unsupported DRAM protocol '" + protocol + "'; supported: "
                    + String.join(", ", known.keySet()));
        }
        return standard;
    }

    /** Every registered protocol name, in the order of the sets and their entries. */
    public static List<String> protocols() {
        return List.copyOf(registered().keySet());
    }

    private static Map<String, DramStandard> registered() {
        Map<String, DramStandard> all = new LinkedHashMap<>();
        for (DramStandardSet set : ServiceLoader.load(DramStandardSet.class, DramStandards.class.getClassLoader())) {
            for (Map.Entry<String, DramStandard> e : set.byProtocol().entrySet()) {
                DramStandard previous = all.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
                if (previous != null && previous != e.getValue()) {
                    throw new IllegalStateException("DRAM protocol " + e.getKey() + " is registered twice, by "
                            + set.getClass().getName() + " and an earlier set");
                }
            }
        }
        return all;
    }

    private static List<TimingConstraint> jedecTable(String activateToRead, String activateToWrite,
                                                     boolean prechargeToPrecharge) {
        List<TimingConstraint> t = new ArrayList<>();
        // Column commands: bursts may not overlap on the data bus (tCCD_L inside a bank group,
        // tCCD_S across groups, tRTRS to switch ranks) and reads/writes turn the bus around.
        t.add(of(SAME_BANK, cmds(READ), RD, "max(tBL, tCCD_L)"));
        t.add(of(SAME_BANK, cmds(READ), WR, "RL + tBL - WL + tRTRS"));
        t.add(of(SAME_BANK, cmds(READ), cmds(PRECHARGE), "AL + tRTP"));
        t.add(of(OTHER_BANKS_SAME_GROUP, RD, RD, "max(tBL, tCCD_L)"));
        t.add(of(OTHER_BANKS_SAME_GROUP, RD, WR, "RL + tBL - WL + tRTRS"));
        t.add(of(OTHER_GROUPS_SAME_RANK, RD, RD, "max(tBL, tCCD_S)"));
        t.add(of(OTHER_GROUPS_SAME_RANK, RD, WR, "RL + tBL - WL + tRTRS"));
        t.add(of(OTHER_RANKS, RD, RD, "tBL + tRTRS"));
        t.add(of(OTHER_RANKS, RD, WR, "RL + tBL + tRTRS - WL"));
        t.add(of(SAME_BANK, cmds(READ_PRECHARGE), cmds(ACTIVATE), "AL + tBL + tRTP + tRP"));
        t.add(of(SAME_BANK, cmds(READ_PRECHARGE), cmds(REFRESH), "AL + tRTP + tRP"));

        t.add(of(SAME_BANK, cmds(WRITE), RD, "WL + tBL + tWTR_L"));
        t.add(of(SAME_BANK, cmds(WRITE), WR, "max(tBL, tCCD_L)"));
        t.add(of(SAME_BANK, cmds(WRITE), cmds(PRECHARGE), "WL + tBL + tWR"));
        t.add(of(OTHER_BANKS_SAME_GROUP, WR, RD, "WL + tBL + tWTR_L"));
        t.add(of(OTHER_BANKS_SAME_GROUP, WR, WR, "max(tBL, tCCD_L)"));
        t.add(of(OTHER_GROUPS_SAME_RANK, WR, RD, "WL + tBL + tWTR_S"));
        t.add(of(OTHER_GROUPS_SAME_RANK, WR, WR, "max(tBL, tCCD_S)"));
        t.add(of(OTHER_RANKS, WR, RD, "WL + tBL + tRTRS - RL"));
        t.add(of(OTHER_RANKS, WR, WR, "tBL"));
        t.add(of(SAME_BANK, cmds(WRITE_PRECHARGE), cmds(ACTIVATE, REFRESH), "WL + tBL + tWR + tRP"));

        // Row commands.
        t.add(of(SAME_BANK, cmds(ACTIVATE), cmds(ACTIVATE), "tRC"));
        t.add(of(SAME_BANK, cmds(ACTIVATE), RD, activateToRead));
        t.add(of(SAME_BANK, cmds(ACTIVATE), WR, activateToWrite));
        t.add(of(SAME_BANK, cmds(ACTIVATE), cmds(PRECHARGE), "tRAS"));
        t.add(of(OTHER_BANKS_SAME_GROUP, cmds(ACTIVATE), cmds(ACTIVATE), "tRRD_L"));
        t.add(of(OTHER_GROUPS_SAME_RANK, cmds(ACTIVATE), cmds(ACTIVATE), "tRRD_S"));
        t.add(of(SAME_BANK, cmds(PRECHARGE), cmds(ACTIVATE, REFRESH), "tRP"));
        if (prechargeToPrecharge) {
            t.add(of(OTHER_BANKS_SAME_GROUP, cmds(PRECHARGE), cmds(PRECHARGE), "tPPD"));
            t.add(of(OTHER_GROUPS_SAME_RANK, cmds(PRECHARGE), cmds(PRECHARGE), "tPPD"));
        }

        // All-bank refresh occupies the whole rank for tRFC.
        t.add(of(SAME_RANK, cmds(REFRESH), cmds(ACTIVATE, REFRESH), "tRFC"));
        return t;
    }
}
