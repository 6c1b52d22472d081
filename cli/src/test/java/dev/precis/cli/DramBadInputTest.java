package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis dram}, each rejected with one line and nothing on stdout. */
class DramBadInputTest {
    /** Our DDR4-2400 preset's values in DRAMSim3's .ini layout (line numbers matter to the cases). */
    static final String DDR4_INI = """
            [dram_structure]
            protocol = DDR4
            bankgroups = 4
            banks_per_group = 4
            rows = 65536
            columns = 1024
            device_width = 8
            BL = 8

            [timing]
            tCK = 0.83
            AL = 0
            CL = 17
            CWL = 12
            tRCD = 17
            tRP = 17
            tRAS = 39
            tRFC = 420
            tREFI = 9360
            tRRD_S = 4
            tRRD_L = 6
            tWTR_S = 3
            tWTR_L = 9
            tFAW = 26
            tWR = 18
            tRTP = 9
            tCCD_S = 4
            tCCD_L = 6
            tRTRS = 1

            [power]
            VDD = 1.2
            IDD0 = 48
            IDD2N = 34
            IDD3N = 43
            IDD4W = 123
            IDD4R = 135
            IDD5AB = 250

            [system]
            channel_size = 16384
            channels = 1
            bus_width = 64
            address_mapping = rochrababgco
            queue_structure = PER_BANK
            refresh_policy = RANK_LEVEL_STAGGERED
            row_buf_policy = OPEN_PAGE
            cmd_queue_size = 8
            trans_queue_size = 32
            write_buf_size = 16
            unified_queue = false
            """;

    @TempDir
    static Path dir;

    private static String file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static String ini(String name, String from, String to) throws Exception {
        if (!DDR4_INI.contains(from)) throw new IllegalArgumentException(from);
        return file(name, DDR4_INI.replace(from, to));
    }

    static Stream<BadInput> cases() throws Exception {
        String trace = file("ok.trace", "0x40 READ 0\n0x80 WRITE 10\n");
        return Stream.of(
                BadInput.of("empty configuration file", BadInput.ERROR, "dram", "--preset", file("empty.ini", ""), "--trace", trace)
                        .mentions("empty.ini: protocol: required key missing"),
                BadInput.of("required keys missing", BadInput.ERROR, "dram", "--preset",
                        file("partial.ini", DDR4_INI.replace("tCK = 0.83\n", "").replace("CL = 17\n", "").replace("rows = 65536\n", "")),
                        "--trace", trace).mentions("partial.ini: 3 required keys missing: rows, tCK, CL"),
                BadInput.of("negative CL", BadInput.ERROR, "dram", "--preset", ini("negcl.ini", "CL = 17", "CL = -5"), "--trace", trace)
                        .mentions("negcl.ini line 13: CL = -5: must be > 0 cycles"),
                BadInput.of("misspelt key", BadInput.ERROR, "dram", "--preset", ini("typo.ini", "tRCD = 17", "tRCDD = 17"),
                        "--trace", trace).mentions("typo.ini line 15: tRCDD: unknown key; did you mean tRCD?"),
                BadInput.of("negative current", BadInput.ERROR, "dram", "--preset", ini("idd.ini", "IDD0 = 48", "IDD0 = -48"),
                        "--trace", trace).mentions("idd.ini line 33: IDD0 = -48: must be > 0 mA"),
                BadInput.of("impossible relation", BadInput.ERROR, "dram", "--preset", ini("rel.ini", "tRAS = 39", "tRAS = 10"),
                        "--trace", trace).mentions("rel.ini line 17: tRAS: violates tRAS >= tRCD"),
                BadInput.of("not a power of two", BadInput.ERROR, "dram", "--preset", ini("rows.ini", "rows = 65536", "rows = 60000"),
                        "--trace", trace).mentions("rows.ini line 5: rows = 60000: must be a power of two"),
                BadInput.of("unknown preset", BadInput.ERROR, "dram", "--preset", "ddr9", "--trace", trace)
                        .mentions("unknown DRAM preset 'ddr9'", "ddr4-2400"),
                BadInput.of("override out of range", BadInput.ERROR, "dram", "--param", "timing.cycles.CL=0", "--trace", trace)
                        .mentions("--param timing.cycles.CL: timing.cycles.CL = 0: must be > 0 cycles"),
                BadInput.of("override of an unknown key", BadInput.ERROR, "dram", "--param", "timing.cycles.tRCDD=5", "--trace", trace)
                        .mentions("timing.cycles.tRCDD: unknown key; did you mean timing.cycles.tRCD?"),
                BadInput.of("override without a value", BadInput.USAGE, "dram", "--param", "CL", "--trace", trace)
                        .mentions("--param"),
                BadInput.of("missing trace file", BadInput.ERROR, "dram", "--trace", dir.resolve("absent.trace").toString())
                        .mentions("no such file: ", "absent.trace"),
                BadInput.of("cycles going backwards", BadInput.ERROR, "dram", "--trace",
                        file("back.trace", "0x40 READ 10\n0x80 READ 4\n")).mentions("back.trace line 2: cycle: cycle 4 is before cycle 10"),
                BadInput.of("empty trace", BadInput.ERROR, "dram", "--trace", file("empty.trace", "\n\n"))
                        .mentions("empty.trace: trace: no requests"),
                BadInput.of("malformed trace line", BadInput.ERROR, "dram", "--trace", file("bad.trace", "0x40 READ 0\r\n0x80 FETCH 5\r\n"))
                        .mentions("bad.trace line 2: operation: 'FETCH' is not READ or WRITE"),
                BadInput.of("a .gz that is not gzip", BadInput.ERROR, "dram", "--trace", file("plain.trace.gz", "0x40 READ 0\n"))
                        .mentions("plain.trace.gz: cannot read it as a trace: Not in GZIP format"),
                BadInput.of("a directory as trace", BadInput.ERROR, "dram", "--trace", dir.toString()).mentions(dir + ": is a directory"),
                BadInput.of("unknown format", BadInput.USAGE, "dram", "--trace", trace, "--format", "xml").mentions("--format"),
                BadInput.of("misspelt option", BadInput.USAGE, "dram", "--presett", "hbm2", "--trace", trace)
                        .mentions("--presett", "did you mean --preset"),
                BadInput.of("missing --trace", BadInput.USAGE, "dram").mentions("--trace"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNothingOnStdout(BadInput c) {
        c.assertRejected();
    }
}
