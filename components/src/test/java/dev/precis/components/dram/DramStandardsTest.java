package dev.precis.components.dram;

import static dev.precis.components.dram.DramCommandType.ACTIVATE;
import static dev.precis.components.dram.DramCommandType.PRECHARGE;
import static dev.precis.components.dram.DramCommandType.READ;
import static dev.precis.components.dram.DramCommandType.REFRESH;
import static dev.precis.components.dram.DramCommandType.WRITE;
import static dev.precis.components.dram.TimingScope.OTHER_BANKS_SAME_GROUP;
import static dev.precis.components.dram.TimingScope.OTHER_GROUPS_SAME_RANK;
import static dev.precis.components.dram.TimingScope.OTHER_RANKS;
import static dev.precis.components.dram.TimingScope.SAME_BANK;
import static dev.precis.components.dram.TimingScope.SAME_RANK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DramStandardsTest {

    @Test
    void ddr4TableAppliesJedecDelaysFromThePresetParameters() {
        DramConfig c = DramPresets.load("ddr4-2400");
        CompiledTiming t = new CompiledTiming(c);
        int tBL = c.burstCycles();
        assertThat(t.delay(SAME_BANK, ACTIVATE, READ)).isEqualTo(c.cycles("tRCD"));
        assertThat(t.delay(OTHER_BANKS_SAME_GROUP, READ, READ)).isEqualTo(Math.max(tBL, c.cycles("tCCD_L")));
        assertThat(t.delay(OTHER_GROUPS_SAME_RANK, READ, READ)).isEqualTo(Math.max(tBL, c.cycles("tCCD_S")));
        assertThat(t.delay(OTHER_RANKS, READ, READ)).isEqualTo(tBL + c.cycles("tRTRS"));
        assertThat(t.delay(SAME_BANK, WRITE, PRECHARGE)).isEqualTo(c.cycles("CWL") + tBL + c.cycles("tWR"));
        assertThat(t.delay(OTHER_GROUPS_SAME_RANK, WRITE, READ)).isEqualTo(c.cycles("CWL") + tBL + c.cycles("tWTR_S"));
        assertThat(t.delay(SAME_BANK, ACTIVATE, ACTIVATE)).isEqualTo(c.cycles("tRAS") + c.cycles("tRP"));
        assertThat(t.delay(SAME_RANK, REFRESH, ACTIVATE)).isEqualTo(c.cycles("tRFC"));
        assertThat(t.activationWindowCount).isEqualTo(4);
        assertThat(t.activationWindowCycles).isEqualTo(c.cycles("tFAW"));
        // DDR4 has no precharge-to-precharge constraint between banks.
        assertThat(t.delay(OTHER_BANKS_SAME_GROUP, PRECHARGE, PRECHARGE)).isEqualTo(-1);
    }

    @Test
    void lpddr4AddsPrechargeToPrechargeAndHbmUsesSeparateActivateToReadDelay() {
        DramConfig lp = DramPresets.load("lpddr4");
        assertThat(new CompiledTiming(lp).delay(OTHER_GROUPS_SAME_RANK, PRECHARGE, PRECHARGE)).isEqualTo(lp.cycles("tPPD"));
        DramConfig hbm = DramPresets.load("hbm2");
        CompiledTiming t = new CompiledTiming(hbm);
        assertThat(t.delay(SAME_BANK, ACTIVATE, READ)).isEqualTo(hbm.cycles("tRCDRD"));
        assertThat(t.delay(SAME_BANK, ACTIVATE, WRITE)).isEqualTo(hbm.cycles("tRCDWR"));
    }

    @Test
    void protocolsMapToTablesAndUnknownOnesAreRejected() {
        assertThat(DramStandards.forProtocol("DDR3")).isSameAs(DramStandards.DDR4);
        assertThat(DramStandards.forProtocol("HBM")).isSameAs(DramStandards.HBM2);
        assertThatThrownBy(() -> DramStandards.forProtocol("GDDR6")).hasMessageContaining("GDDR6").hasMessageContaining("LPDDR4");
    }
}
