package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DramIniReaderTest {

    /** A small DRAMSim3-style file written here, with inih's comment conventions. */
    private static final String SMALL_INI = String.join("\n",
            "; a tiny DDR4 channel",
            "[dram_structure]",
            "protocol = DDR4",
            "bankgroups = 2",
            "banks_per_group = 2",
            "rows = 1024 ; rows per bank",
            "columns = 1024",
            "device_width = 16",
            "BL = 8",
            "",
            "[timing]",
            "tCK = 1.25",
            "CL = 11",
            "CWL = 9",
            "tRCD = 11",
            "tRP = 11",
            "tRAS = 28",
            "tREFI = 6240",
            "tRFC2 = 100",
            "",
            "[power]",
            "VDD = 1.35",
            "IDD0 = 60",
            "",
            "[system]",
            "channel_size = 64",
            "channels = 2",
            "bus_width = 64",
            "address_mapping = rochrababgco",
            "queue_structure = PER_RANK",
            "row_buf_policy = CLOSE_PAGE",
            "cmd_queue_size = 4",
            "trans_queue_size = 16",
            "",
            "[thermal]",
            "power_epoch_period = 100000; ignored section",
            "");

    @Test
    void readsDramsim3KeysWithItsDefaultsAndDerivations(@TempDir Path dir) throws Exception {
        Path ini = dir.resolve("tiny_ddr4.ini");
        Files.writeString(ini, SMALL_INI);
        DramConfig c = DramPresets.load(ini.toString());
        assertThat(c.name()).isEqualTo("tiny_ddr4");
        assertThat(c.standard()).isSameAs(DramStandards.DDR4);
        DramOrganization o = c.organization();
        assertThat(o.channels()).isEqualTo(2);
        assertThat(o.bankGroups()).isEqualTo(2);
        assertThat(o.banksPerRank()).isEqualTo(4);
        // 1024 columns x 16 bits = 2 KiB pages; 1024 rows -> 2 MiB per bank; 4 banks x 4 devices = 32 MiB per rank.
        assertThat(o.ranks()).isEqualTo(2);
        assertThat(c.tckNs()).isEqualTo(1.25);
        assertThat(c.cycles("CL")).isEqualTo(11);
        assertThat(c.cycles("tRC")).isEqualTo(28 + 11);
        assertThat(c.cycles("tBL")).isEqualTo(4);
        assertThat(c.cycles("tCCD_L")).isEqualTo(6); // DRAMSim3's default when the file omits it
        assertThat(c.power().vddVolts()).isEqualTo(1.35);
        assertThat(c.power().idd0Ma()).isEqualTo(60);
        assertThat(c.power().idd3nMa()).isEqualTo(43); // DRAMSim3 default
        assertThat(c.controller().queueStructure()).isEqualTo(QueueStructure.PER_RANK);
        assertThat(c.controller().rowBufferPolicy()).isEqualTo(RowBufferPolicy.CLOSE_PAGE);
        assertThat(c.controller().commandQueueSize()).isEqualTo(4);
        assertThat(c.controller().transactionQueueSize()).isEqualTo(16);
        assertThat(c.controller().writeBufferSize()).isEqualTo(16);
    }

    @Test
    void badValueIsReportedWithFileLineAndKey(@TempDir Path dir) throws Exception {
        Path ini = dir.resolve("bad.ini");
        Files.writeString(ini, SMALL_INI.replace("tRCD = 11", "tRCD = eleven"));
        assertThatThrownBy(() -> DramPresets.load(ini.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.ini line 15")
                .hasMessageContaining("tRCD")
                .hasMessageContaining("eleven");
    }

    @Test
    void unsupportedProtocolAndMalformedLinesAreRejected(@TempDir Path dir) throws Exception {
        Path gddr = dir.resolve("gddr.ini");
        Files.writeString(gddr, SMALL_INI.replace("protocol = DDR4", "protocol = GDDR5"));
        assertThatThrownBy(() -> DramPresets.load(gddr.toString())).hasMessageContaining("line 3").hasMessageContaining("GDDR5");
        Path junk = dir.resolve("junk.ini");
        Files.writeString(junk, "[timing]\nthis is not a setting\n");
        assertThatThrownBy(() -> DramPresets.load(junk.toString())).hasMessageContaining("junk.ini line 2");
    }
}
