package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to {@code precis sweep} and {@code precis worker}: one line naming file, line and key, no results. */
class SweepBadInputTest {

    @TempDir
    static Path dir;

    private static String file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    static Stream<BadInput> cases() throws Exception {
        Path out = dir.resolve("never");
        return Stream.of(
                BadInput.of("unknown accelerator", BadInput.ERROR, "sweep", file("a.conf",
                        "accelerators = [ant, npu]\nmodels = [vgg16]\n"), "--out", out.toString())
                        .mentions("a.conf:1: key 'accelerators': unknown accelerator 'npu' (presets: ant,")
                        .writing(out.resolve("results.csv"), out.resolve("results.jsonl")),
                BadInput.of("ill-typed axis", BadInput.ERROR, "sweep", file("b.conf",
                        "accelerators = [ant]\nmodels = [vgg16]\nparameters {\n  pe.cols = [true]\n}\n"),
                        "--out", out.toString())
                        .mentions("b.conf:4: key 'parameters.pe.cols': ", "parameter 'cols' = 'true' is not a valid int")
                        .writing(out.resolve("results.csv")),
                BadInput.of("mapper: ill-typed axis", BadInput.ERROR, "sweep", file("e.conf",
                        "accelerators = [ant-os]\nmodels = [vgg16]\nparameters {\n  pe.cols = [true]\n}\n"),
                        "--out", out.toString(), "--evaluator", "mapper")
                        .mentions("e.conf:4: key 'parameters.pe.cols': 'true' is not an integer"),
                BadInput.of("unknown evaluator", BadInput.ERROR, "sweep", file("f.conf",
                        "accelerators = [ant]\nmodels = [vgg16]\n"), "--evaluator", "exact")
                        .mentions("--evaluator: unknown evaluator 'exact'; known: replay, mapper"),
                BadInput.of("missing file", BadInput.ERROR, "sweep", dir.resolve("none.conf").toString())
                        .mentions("none.conf: no such sweep file"),
                BadInput.of("bad seed address", BadInput.ERROR, "sweep", file("c.conf",
                        "accelerators = [ant-os]\nmodels = [vgg16]\n"), "--cluster-seed", "localhost")
                        .mentions("--cluster-seed: 'localhost' is not HOST:PORT"),
                BadInput.of("zero jobs", BadInput.ERROR, "sweep", file("d.conf",
                        "accelerators = [ant-os]\nmodels = [vgg16]\n"), "--jobs", "0")
                        .mentions("--jobs must be >= 1"),
                BadInput.of("worker without port", BadInput.ERROR, "worker", "--join", "127.0.0.1:x")
                        .mentions("--join: 'x' is not a port number"),
                BadInput.of("worker without join", BadInput.USAGE, "worker")
                        .mentions("--join"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedCleanly(BadInput c) {
        c.assertRejected();
    }
}
