package dev.precis.sweep.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.point.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepFileTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("s.conf");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void crossesAcceleratorsModelsBatchesAndAxesInFileOrder() throws IOException {
        SweepPlan plan = SweepFile.load(write("""
                accelerators = [ant-os, bitfusion]
                models = [resnet18]
                batch = [1, 4]
                parameters {
                  pe.rows = [16, 32]
                  memory.bitsPerCycle = 512
                }
                """), Evaluators.named(Evaluators.MAPPER));
        assertThat(plan.points()).hasSize(2 * 2 * 2);
        assertThat(plan.parameterKeys()).containsExactly("memory.bitsPerCycle", "pe.rows");
        Point first = plan.points().get(0);
        assertThat(first.accelerator()).isEqualTo("ant-os");
        assertThat(first.quantizer()).isEqualTo("artifact");
        assertThat(first.batch()).isEqualTo(1);
        assertThat(first.parameters()).isEqualTo(Map.of("memory.bitsPerCycle", "512", "pe.rows", "16"));
        assertThat(plan.points().get(7).accelerator()).isEqualTo("bitfusion");
        assertThat(plan.points().get(7).batch()).isEqualTo(4);
    }

    @Test
    void numbersWrittenDifferentlyGiveTheSamePoint() throws IOException {
        SweepPlan a = SweepFile.load(write("accelerators = [ant-os]\nmodels = [vgg16]\nparameters { clock.mhz = [500.0] }\n"),
                Evaluators.named(Evaluators.MAPPER));
        SweepPlan b = SweepFile.load(write("accelerators = [ant-os]\nmodels = [vgg16]\nparameters { clock.mhz = 500 }\n"),
                Evaluators.named(Evaluators.MAPPER));
        assertThat(a.points()).isEqualTo(b.points());
    }

    @Test
    void latinHypercubeSamplesAreCrossedWithTheGridAndSeeded() throws IOException {
        String text = """
                accelerators = [ant-os]
                models = [resnet18]
                parameters { pe.rows = [16, 32] }
                sample {
                  method = latin-hypercube
                  points = 5
                  seed = 11
                  ranges {
                    buffer.inputKiB = { min = 64, max = 512 }
                    clock.mhz = { min = 400.0, max = 800.0 }
                  }
                }
                """;
        SweepPlan plan = SweepFile.load(write(text), Evaluators.named(Evaluators.MAPPER));
        assertThat(plan.points()).hasSize(2 * 5);
        assertThat(plan.parameterKeys()).containsExactly("buffer.inputKiB", "clock.mhz", "pe.rows");
        assertThat(plan.points().get(0).parameters().get("buffer.inputKiB")).matches("\\d+");
        assertThat(SweepFile.load(write(text), Evaluators.named(Evaluators.MAPPER)).points()).isEqualTo(plan.points());
        SweepPlan other = SweepFile.load(write(text.replace("seed = 11", "seed = 12")), Evaluators.named(Evaluators.MAPPER));
        assertThat(other.points()).isNotEqualTo(plan.points());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top key     | accelerators = [ant-os]\\nmodels = [vgg16]\\nparamters { pe.rows = 1 }                  | s.conf:3: key 'paramters': unknown key
            unknown accelerator | accelerators = [ant-os, tpu]\\nmodels = [vgg16]                                          | s.conf:1: key 'accelerators': unknown accelerator 'tpu'
            unknown model       | accelerators = [ant-os]\\nmodels = [vgg16, alexnet]                                     | s.conf:2: key 'models': model 'alexnet' has no ANT artifact precision plan
            unknown zoo model   | accelerators = [systolic]\\nmodels = [alexnet]                                           | s.conf:2: key 'models': unknown model 'alexnet'
            unknown quantizer   | accelerators = [ant-os]\\nmodels = [vgg16]\\nquantizers = [fp8]                          | s.conf:3: key 'quantizers': unknown quantizer 'fp8'
            too wide quantizer  | accelerators = [biscaled]\\nmodels = [vgg16]\\nquantizers = [int8]                        | s.conf:3: key 'quantizers': quantizer 'int8' needs 8-bit operands
            unknown parameter   | accelerators = [ant-os]\\nmodels = [vgg16]\\nparameters {\\n  pe.rowz = [1] }             | s.conf:4: key 'parameters.pe.rowz': unknown parameter 'pe.rowz'
            ill-typed value     | accelerators = [ant-os]\\nmodels = [vgg16]\\nparameters { pe.rows = [16, many] }          | s.conf:3: key 'parameters.pe.rows': 'many' is not an integer
            out of range        | accelerators = [ant-os]\\nmodels = [vgg16]\\nparameters { pe.rows = [0] }                 | s.conf:3: key 'parameters.pe.rows': 0 is outside 1..4096
            unknown word        | accelerators = [ant-os]\\nmodels = [vgg16]\\nparameters { pe.dataflow = [is] }            | s.conf:3: key 'parameters.pe.dataflow': 'is' is not one of [os, ws]
            empty list          | accelerators = []\\nmodels = [vgg16]                                                    | s.conf:1: key 'accelerators': the list is empty
            number as name      | accelerators = [ant-os]\\nmodels = [3]                                                  | s.conf:2: key 'models': names must be strings
            missing models      | accelerators = [ant-os]                                                                | s.conf: key 'models': missing
            bad batch           | accelerators = [ant-os]\\nmodels = [vgg16]\\nbatch = [1, 0]                               | s.conf:3: key 'batch': batch must be a positive integer
            fractional batch    | accelerators = [ant-os]\\nmodels = [vgg16]\\nbatch = 1.5                                  | s.conf:3: key 'batch': must be an integer
            syntax error        | accelerators = [ant-os\\nmodels = [vgg16]                                               | s.conf:2:
            bad method          | accelerators = [ant-os]\\nmodels = [vgg16]\\nsample {\\n method = sobol, points = 2, seed = 1, ranges { pe.rows = {min = 1, max = 2} } } | s.conf:4: key 'sample.method': 'sobol' is not random or latin-hypercube
            range key unknown   | accelerators = [ant-os]\\nmodels = [vgg16]\\nsample { method = random, points = 2, seed = 1\\n ranges { pe.rows = {min = 1, mx = 2} } } | s.conf:4: key 'sample.ranges.pe.rows.mx': unknown key
            range out of bounds | accelerators = [ant-os]\\nmodels = [vgg16]\\nsample { method = random, points = 2, seed = 1\\n ranges { pe.rows = {min = 1, max = 99999} } } | s.conf:4: key 'sample.ranges.pe.rows': 99999 is outside 1..4096
            range also axis     | accelerators = [ant-os]\\nmodels = [vgg16]\\nparameters { pe.rows = 8 }\\nsample { method = random, points = 2, seed = 1\\n ranges { pe.rows = {min = 1, max = 9} } } | s.conf:5: key 'sample.ranges.pe.rows': is also a grid axis
            sample missing seed | accelerators = [ant-os]\\nmodels = [vgg16]\\nsample { method = random, points = 2\\n ranges { pe.rows = {min = 1, max = 9} } } | s.conf:3: key 'sample.seed': missing
            """)
    void badFilesFailNamingFileLineAndKey(String name, String text, String expected) throws IOException {
        Path f = write(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> SweepFile.load(f, Evaluators.named(Evaluators.MAPPER)))
                .isInstanceOf(SweepFileException.class)
                .hasMessageStartingWith(dir.resolve("s.conf") + expected.substring("s.conf".length()));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SweepFile.load(dir.resolve("none.conf"), Evaluators.named(Evaluators.MAPPER)))
                .hasMessage(dir.resolve("none.conf") + ": no such sweep file");
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumOfEveryRange() {
        Sampling s = new Sampling(Sampling.Method.LATIN_HYPERCUBE, 10, 3,
                List.of(new SampledRange("a", 0, 1, false), new SampledRange("b", 100, 200, false)));
        List<Map<String, String>> points = s.draw();
        for (String key : List.of("a", "b")) {
            boolean[] hit = new boolean[10];
            for (Map<String, String> p : points) {
                double v = Double.parseDouble(p.get(key));
                double u = key.equals("a") ? v : (v - 100) / 100;
                hit[(int) Math.floor(u * 10)] = true;
            }
            for (boolean h : hit) assertThat(h).isTrue();
        }
        assertThat(s.draw()).isEqualTo(points);
    }

    @Test
    void integerRangesCoverTheirEndsAndStayInside() {
        SampledRange r = new SampledRange("k", 3, 5, true);
        assertThat(r.valueAt(0.0)).isEqualTo("3");
        assertThat(r.valueAt(0.5)).isEqualTo("4");
        assertThat(r.valueAt(0.999999)).isEqualTo("5");
    }
}
