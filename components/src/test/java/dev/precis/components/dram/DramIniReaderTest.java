package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DramIniReaderTest {

    /** A small DRAMSim3-style file written here, with inih's comment conventions; complete but for two settings. */
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
            "tRFC = 88",
            "tRFC2 = 100",
            "tRRD_S = 4",
            "tRRD_L = 5",
            "tFAW = 20",
            "tWR = 12",
            "tWTR_S = 2",
            "tWTR_L = 6",
            "tRTP = 6",
            "tCCD_S = 4",
            "tCCD_L = 5",
            "AL = 0",
            "tRTRS = 1",
            "",
            "[power]",
            "VDD = 1.35",
            "IDD0 = 60",
            "IDD2N = 34",
            "IDD3N = 43",
            "IDD4R = 135",
            "IDD4W = 123",
            "IDD5AB = 250",
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
            "refresh_policy = RANK_LEVEL_STAGGERED",
            "",
            "[thermal]",
            "power_epoch_period = 100000; not modelled, accepted",
            "");

    @Test
    void readsDramsim3KeysWithItsDerivationsAndNotesWhatItFills(@TempDir Path dir) throws Exception {
        Path ini = dir.resolve("tiny_ddr4.ini");
        Files.writeString(ini, SMALL_INI);
        CheckedDramConfig checked = DramPresets.check(ini.toString(), DramLoadOptions.STRICT);
        DramConfig c = checked.config();
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
        assertThat(c.cycles("RL")).isEqualTo(11);
        assertThat(c.power().vddVolts()).isEqualTo(1.35);
        assertThat(c.power().idd0Ma()).isEqualTo(60);
        assertThat(c.controller().queueStructure()).isEqualTo(QueueStructure.PER_RANK);
        assertThat(c.controller().rowBufferPolicy()).isEqualTo(RowBufferPolicy.CLOSE_PAGE);
        assertThat(c.controller().commandQueueSize()).isEqualTo(4);
        assertThat(c.controller().transactionQueueSize()).isEqualTo(16);
        // Left out, so filled with DRAMSim3's defaults and said so, key by key.
        assertThat(c.controller().unifiedQueue()).isFalse();
        assertThat(checked.notes()).extracting(DramConfigNote::toString).containsExactly(
                ini + ": unified_queue: not given; using false (DRAMSim3's default)");
    }

    @Test
    void crlfLineEndsReadTheSame(@TempDir Path dir) throws Exception {
        Path unix = Files.writeString(dir.resolve("unix.ini"), SMALL_INI);
        Path dos = Files.writeString(dir.resolve("dos.ini"), SMALL_INI.replace("\n", "\r\n"));
        DramConfig a = DramPresets.load(unix.toString());
        DramConfig b = DramPresets.load(dos.toString());
        assertThat(b.timingCycles()).isEqualTo(a.timingCycles());
        assertThat(b.organization()).isEqualTo(a.organization());
        assertThat(b.controller()).isEqualTo(a.controller());
    }

    @Test
    void badValueIsReportedWithFileLineAndKey(@TempDir Path dir) throws Exception {
        Path ini = dir.resolve("bad.ini");
        Files.writeString(ini, SMALL_INI.replace("tRCD = 11", "tRCD = eleven"));
        assertThatThrownBy(() -> DramPresets.load(ini.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(ini + " line 15: tRCD = 'eleven' is not an integer");
    }

    @Test
    void unsupportedProtocolAndMalformedLinesAreRejected(@TempDir Path dir) throws Exception {
        Path gddr = dir.resolve("gddr.ini");
        Files.writeString(gddr, SMALL_INI.replace("protocol = DDR4", "protocol = GDDR5"));
        assertThatThrownBy(() -> DramPresets.load(gddr.toString()))
                .hasMessage(gddr + " line 3: protocol = GDDR5: must be one of DDR3, DDR4, LPDDR, LPDDR3, LPDDR4, HBM, HBM2");
        Path junk = dir.resolve("junk.ini");
        Files.writeString(junk, "[timing]\nthis is not a setting\n");
        assertThatThrownBy(() -> DramPresets.load(junk.toString())).hasMessageContaining("junk.ini line 2");
    }
}
