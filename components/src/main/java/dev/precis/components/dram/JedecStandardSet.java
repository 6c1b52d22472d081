package dev.precis.components.dram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in standards, under DRAMSim3's protocol names: DDR3, LPDDR and LPDDR3 are timed with DDR4's table
 * (as DRAMSim3 times them), HBM with HBM2's.
 */
public final class JedecStandardSet implements DramStandardSet {
    @Override
    public Map<String, DramStandard> byProtocol() {
        Map<String, DramStandard> m = new LinkedHashMap<>();
        m.put("DDR3", DramStandards.DDR4);
        m.put("DDR4", DramStandards.DDR4);
        m.put("LPDDR", DramStandards.DDR4);
        m.put("LPDDR3", DramStandards.DDR4);
        m.put("LPDDR4", DramStandards.LPDDR4);
        m.put("HBM", DramStandards.HBM2);
        m.put("HBM2", DramStandards.HBM2);
        return m;
    }
}
