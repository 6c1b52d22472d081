package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DramPresetsTest {

    @Test
    void everyShippedPresetLoadsAndAliasesResolve() {
        assertThat(DramPresets.names()).containsExactly("DDR4_8Gb_x8_2400", "DDR4_8Gb_x8_3200", "LPDDR4_8Gb_x16_2400", "HBM2_8Gb_x128");
        for (String name : DramPresets.names()) {
            assertThat(DramPresets.load(name).name()).isEqualTo(name);
        }
        assertThat(DramPresets.load("ddr4-2400").name()).isEqualTo("DDR4_8Gb_x8_2400");
        assertThat(DramPresets.load("ddr4-3200").name()).isEqualTo("DDR4_8Gb_x8_3200");
        assertThat(DramPresets.load("lpddr4").name()).isEqualTo("LPDDR4_8Gb_x16_2400");
        assertThat(DramPresets.load("hbm2").name()).isEqualTo("HBM2_8Gb_x128");
    }

    @Test
    void organisationIsDerivedAsDramsim3DerivesIt() {
        DramConfig ddr4 = DramPresets.load("ddr4-2400");
        assertThat(ddr4.organization().ranks()).isEqualTo(2); // 16 GiB channel of 8 GiB ranks
        assertThat(ddr4.organization().requestBytes()).isEqualTo(64);
        assertThat(ddr4.organization().channelBytes()).isEqualTo(16L << 30);
        assertThat(ddr4.peakBandwidthGBps()).isCloseTo(19.28, org.assertj.core.data.Offset.offset(0.01));
        DramConfig hbm = DramPresets.load("hbm2");
        assertThat(hbm.organization().channels()).isEqualTo(8);
        assertThat(hbm.organization().columns()).isEqualTo(128); // HBM columns doubled (2n prefetch)
        assertThat(hbm.organization().ranks()).isEqualTo(1);
        assertThat(hbm.organization().requestBytes()).isEqualTo(64);
        assertThat(hbm.controller().dualCommandIssue()).isTrue();
        assertThat(DramPresets.load("ddr4-2400").controller().dualCommandIssue()).isFalse();
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        assertThatThrownBy(() -> DramPresets.load("ddr5-9000"))
                .hasMessageContaining("ddr5-9000").hasMessageContaining("DDR4_8Gb_x8_2400").hasMessageContaining("hbm2");
    }

    @Test
    void misspeltPresetKeyIsRejectedNotDefaulted() {
        String text = "protocol = DDR4\norganisation {\n  rows = 1024\n}\n";
        assertThatThrownBy(() -> DramPresets.fromHocon("mine", "mine.conf", new StringReader(text)))
                .hasMessage("mine.conf line 3: organisation.rows: unknown key; did you mean organization.rows?");
    }

    @Test
    void hoconPresetErrorsNameTheLine() {
        String text = "protocol = DDR4\norganization {\n  rows = many\n}\n";
        assertThatThrownBy(() -> DramPresets.fromHocon("mine", "mine.conf", new StringReader(text)))
                .hasMessage("mine.conf line 3: organization.rows = 'many' is not an integer");
    }
}
