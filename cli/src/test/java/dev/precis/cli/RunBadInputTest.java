package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis run}: one line naming file, line and key or option; nothing on stdout; no report left. */
class RunBadInputTest {
    @TempDir
    static Path dir;

    private static final String GOOD = """
            name = mine
            quantizer = int8
            components {
              controller { type = replay-controller }
              pe { type = systolic-array, rows = 8, cols = 8 }
              memory { type = ideal-memory }
            }
            links = [
              { from = controller.compute, to = pe.in }
              { from = controller.memory, to = memory.in }
            ]
            """;

    static Stream<BadInput> cases() throws Exception {
        String badType = Files.writeString(dir.resolve("badtype.conf"), GOOD.replace("systolic-array", "systolik-array")).toString();
        String badPort = Files.writeString(dir.resolve("badport.conf"), GOOD.replace("to = pe.in", "to = pe.inn")).toString();
        String badKey = Files.writeString(dir.resolve("badkey.conf"), GOOD.replace("rows = 8", "rowz = 8")).toString();
        String notHocon = Files.writeString(dir.resolve("broken.conf"), "components { pe { type = \n").toString();
        String badIni = Files.writeString(dir.resolve("bad.ini"), "[dram_structure]\nprotocol = DDR4\nbankgroups = x\n").toString();
        Path outDir = dir.resolve("report");
        Path report = outDir.resolve("report.json");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        return Stream.of(
                BadInput.of("unknown preset", BadInput.ERROR, "run", "--accelerator", "antt", "--model", "resnet18", "--out",
                        outDir.toString()).mentions("unknown accelerator 'antt'", "did you mean ant?").writing(report),
                BadInput.of("unknown component type", BadInput.ERROR, "run", "--accelerator", badType, "--model", "resnet18")
                        .mentions(badType + ":5: key 'components.pe.type'", "systolik-array"),
                BadInput.of("link to a missing port", BadInput.ERROR, "run", "--accelerator", badPort, "--model", "resnet18")
                        .mentions(badPort + ":9: key 'links[0].to'", "no port 'inn'"),
                BadInput.of("unknown parameter", BadInput.ERROR, "run", "--accelerator", badKey, "--model", "resnet18")
                        .mentions(badKey + ":5: key 'components.pe.rowz'"),
                BadInput.of("not HOCON", BadInput.ERROR, "run", "--accelerator", notHocon, "--model", "resnet18")
                        .mentions(notHocon, "cannot read the composition"),
                BadInput.of("override of a missing component", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18",
                        "--set", "pu.rows=16").mentions("--set pu.rows=16: no component 'pu'"),
                BadInput.of("ill-typed override", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18", "--set",
                        "pe.rows=many").mentions("--set pe.rows=many: key 'components.pe.rows'"),
                BadInput.of("unknown DRAM preset", BadInput.ERROR, "run", "--accelerator", "panacea", "--model", "resnet18",
                        "--memory", "hbm3", "--out", outDir.toString()).mentions("memory=dram:hbm3", "unknown DRAM preset 'hbm3'",
                        "did you mean hbm2?").writing(report),
                BadInput.of("bad DRAM .ini", BadInput.ERROR, "run", "--accelerator", "systolic", "--model", "resnet18",
                        "--memory", badIni).mentions(badIni + " line 3", "bankgroups"),
                BadInput.of("--memory and --set memory", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18",
                        "--memory", "hbm2", "--set", "memory=ideal").mentions("--memory and --set memory"),
                BadInput.of("unknown model", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet19")
                        .mentions("unknown model 'resnet19'"),
                BadInput.of("unknown quantizer", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18",
                        "--quantizer", "int7").mentions("unknown quantizer 'int7'"),
                BadInput.of("missing trace", BadInput.ERROR, "run", "--accelerator", "ant", "--trace",
                        dir.resolve("none.trace").toString()).mentions("--trace: no such file"),
                BadInput.of("batch zero", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18", "--batch", "0")
                        .mentions("--batch must be >= 1"),
                BadInput.of("two workloads", BadInput.USAGE, "run", "--accelerator", "ant", "--model", "resnet18", "--topology",
                        "x.csv").mentions("mutually exclusive"),
                BadInput.of("no workload", BadInput.USAGE, "run", "--accelerator", "ant").mentions("--model"),
                BadInput.of("a tile that can never fit", BadInput.ERROR, "run", "--accelerator", "ant", "--model", "resnet18",
                        "--quantizer", "int8", "--set", "controller.weightBuffer=8 KiB", "--set", "controller.bufferWordBits=64",
                        "--set", "controller.bufferBanks=1", "--set", "pe.rows=8192", "--out", outDir.toString())
                        .mentions("layer conv1 can never fit").writing(report),
                BadInput.of("report under a file", BadInput.ERROR, "run", "--accelerator", "systolic", "--model", "resnet18",
                        "--set", "pe.rows=64", "--set", "pe.cols=64", "--out", plain.resolve("out").toString())
                        .mentions(plain.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNoReportLeft(BadInput c) {
        c.assertRejected();
    }
}
