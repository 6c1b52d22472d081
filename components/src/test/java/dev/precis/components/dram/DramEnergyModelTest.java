package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DramEnergyModelTest {

    private final DramConfig ddr4 = DramPresets.load("ddr4-2400");

    @Test
    void commandEnergiesFollowMicronsIddMethod() {
        DramEnergyModel m = new DramEnergyModel(ddr4);
        // DDR4-2400 preset: VDD 1.2 V, 8 x8 devices per rank, tCK 0.83 ns, tRAS 39, tRP 17 (tRC 56), tBL 4, tRFC 420.
        // ACT: VDD (IDD0 tRC - (IDD3N tRAS + IDD2N tRP)) = 1.2 (48*56 - (43*39 + 34*17)) mA.cycles per device.
        assertThat(m.activatePj()).isCloseTo(1.2 * (48 * 56 - (43 * 39 + 34 * 17)) * 8 * 0.83, Offset.offset(1e-6));
        assertThat(m.readPj()).isCloseTo(1.2 * (135 - 43) * 4 * 8 * 0.83, Offset.offset(1e-6));
        assertThat(m.writePj()).isCloseTo(1.2 * (123 - 43) * 4 * 8 * 0.83, Offset.offset(1e-6));
        assertThat(m.refreshPj()).isCloseTo(1.2 * (250 - 43) * 420 * 8 * 0.83, Offset.offset(1e-6));
    }

    @Test
    void backgroundIsPrechargeStandbyUntilARowOpensThenActiveStandby() {
        SystemDriver d = new SystemDriver(ddr4);
        DramEnergyModel m = new DramEnergyModel(ddr4);
        double perCycleIdle = 1.2 * 34 * 8 * 0.83;   // IDD2N
        double perCycleActive = 1.2 * 43 * 8 * 0.83; // IDD3N
        int ranks = ddr4.organization().ranks();
        d.tick(1000);
        DramChannelStats s = d.system.channel(0).stats();
        assertThat(m.energyOf(s).backgroundPj()).isCloseTo(1000 * ranks * perCycleIdle, Offset.offset(1e-3));
        d.tickThenAdd("open", d.mapping.address(0, 1, 0, 0, 3, 0), false); // opens a row in rank 1 only
        d.tick(999);
        long activeCycles = s.rankActiveCycles(1);
        assertThat(activeCycles).isGreaterThan(900);
        assertThat(s.rankActiveCycles(0)).isZero();
        double expected = (2000 * ranks - activeCycles) * perCycleIdle + activeCycles * perCycleActive;
        assertThat(m.energyOf(s).backgroundPj()).isCloseTo(expected, Offset.offset(1e-3));
        assertThat(m.energyOf(s).activatePj()).isCloseTo(m.activatePj(), Offset.offset(1e-9));
    }
}
