package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis compare}: one line naming the option; nothing on stdout; no compare.json or chart left. */
class CompareBadInputTest {
    @TempDir
    static Path dir;

    static Stream<BadInput> cases() throws Exception {
        String tiny = Files.writeString(dir.resolve("tiny.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,16,16,3,3,8,16,1,
                """).toString();
        String tight = Files.writeString(dir.resolve("tight.conf"), """
                include classpath("presets/ant.conf")
                name = tight
                components.controller.weightBuffer = 8 KiB
                components.controller.bufferWordBits = 64
                components.controller.bufferBanks = 1
                components.pe.rows = 8192
                """).toString();
        Path outDir = dir.resolve("cmp");
        String out = outDir.toString();
        Path json = outDir.resolve("compare.json");
        Path png = outDir.resolve("compare.png");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        return Stream.of(
                BadInput.of("unknown accelerator", BadInput.ERROR, "compare", "--accelerators", "ant,antt", "--model", "resnet18",
                        "--out", out).mentions("--accelerators: unknown accelerator 'antt'", "did you mean ant?").writing(json, png),
                BadInput.of("unknown baseline", BadInput.ERROR, "compare", "--accelerators", "ant", "--baseline", "adafloot",
                        "--model", "resnet18", "--out", out).mentions("--baseline: unknown accelerator 'adafloot'").writing(json, png),
                BadInput.of("baseline that cannot run the workload", BadInput.ERROR, "compare", "--accelerators", "ant",
                        "--baseline", tight, "--topology", tiny, "--out", out)
                        .mentions("--baseline " + tight + ": layer Conv1 can never fit").writing(json, png),
                BadInput.of("unknown DRAM preset", BadInput.ERROR, "compare", "--accelerators", "ant,panacea", "--model", "resnet18",
                        "--memory", "ddr5", "--out", out).mentions("memory=dram:ddr5", "unknown DRAM preset 'ddr5'").writing(json, png),
                BadInput.of("unknown model", BadInput.ERROR, "compare", "--accelerators", "ant,bitfusion", "--model", "resnet19",
                        "--out", out).mentions("--model: unknown model 'resnet19'").writing(json, png),
                BadInput.of("batch zero", BadInput.ERROR, "compare", "--accelerators", "ant", "--model", "resnet18", "--batch", "0",
                        "--out", out).mentions("--batch must be >= 1").writing(json, png),
                BadInput.of("batch not a number", BadInput.USAGE, "compare", "--accelerators", "ant", "--model", "resnet18",
                        "--batch", "many").mentions("--batch"),
                BadInput.of("accelerator listed twice", BadInput.ERROR, "compare", "--accelerators", "ant,bitfusion,ant", "--model",
                        "resnet18").mentions("--accelerators: 'ant' is listed twice"),
                BadInput.of("override of a missing component", BadInput.ERROR, "compare", "--accelerators", "ant,olaccel",
                        "--model", "resnet18", "--set", "pu.rows=16").mentions("--accelerators ant: --set pu.rows=16: no component 'pu'"),
                BadInput.of("output directory is a file", BadInput.ERROR, "compare", "--accelerators", "ant", "--model", "resnet18",
                        "--out", plain.toString()).mentions("--out: " + plain, "not a directory"),
                BadInput.of("no workload", BadInput.USAGE, "compare", "--accelerators", "ant").mentions("--model"),
                BadInput.of("no accelerators", BadInput.USAGE, "compare", "--model", "resnet18").mentions("--accelerators"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndNoFilesLeft(BadInput c) {
        c.assertRejected();
    }
}
