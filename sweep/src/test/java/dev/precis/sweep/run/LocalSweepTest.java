package dev.precis.sweep.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.sweep.PrecisVersion;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.results.ResultStore;
import dev.precis.sweep.spec.SweepFile;
import dev.precis.sweep.spec.SweepPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSweepTest {

    @TempDir
    Path dir;

    static final String SWEEP = """
            accelerators = [ant-os, olaccel]
            models = [resnet18]
            parameters {
              pe.rows = [8, 16, 32]
              memory.bitsPerCycle = [256, 1024]
            }
            """;

    private SweepPlan plan(PointEvaluator evaluator, String sweep) throws IOException {
        Path f = dir.resolve("s.conf");
        Files.writeString(f, sweep);
        return SweepFile.load(f, evaluator);
    }

    private Map<String, PointOutcome> run(PointEvaluator evaluator, Path out, int jobs, int expectRan) throws IOException {
        return run(evaluator, SWEEP, out, jobs, expectRan);
    }

    private Map<String, PointOutcome> run(PointEvaluator evaluator, String sweep, Path out, int jobs, int expectRan)
            throws IOException {
        SweepPlan plan = plan(evaluator, sweep);
        try (ResultStore store = ResultStore.open(out, plan.parameterKeys(), PrecisVersion.get(), evaluator.id())) {
            SweepTally t = SweepRunner.local(plan.points(), store, evaluator, PrecisVersion.get(), jobs, SweepListener.NONE);
            assertThat(t.ran()).isEqualTo(expectRan);
            assertThat(t.stopped()).isFalse();
            return new TreeMap<>(store.outcomes());
        }
    }

    @Test
    void anyNumberOfJobsGivesTheSameResults() throws IOException {
        Map<String, PointOutcome> one = run(Evaluators.named(Evaluators.MAPPER), dir.resolve("one"), 1, 12);
        Map<String, PointOutcome> three = run(Evaluators.named(Evaluators.MAPPER), dir.resolve("three"), 3, 12);
        assertThat(three).isEqualTo(one);
        assertThat(one).hasSize(12).allSatisfy((k, o) -> assertThat(o).isInstanceOf(PointOutcome.Done.class));
        assertThat(Files.readAllLines(dir.resolve("three").resolve(ResultStore.CSV)).stream().sorted())
                .isEqualTo(Files.readAllLines(dir.resolve("one").resolve(ResultStore.CSV)).stream().sorted().toList());
    }

    @Test
    void replayedPointsAreTheSameWithAnyNumberOfJobs() throws IOException {
        String sweep = "accelerators = [systolic]\nmodels = [mobilenetv2, resnet18]\nparameters { pe.rows = [16, 32] }\n";
        Map<String, PointOutcome> one = run(Evaluators.named(Evaluators.REPLAY), sweep, dir.resolve("one"), 1, 4);
        Map<String, PointOutcome> two = run(Evaluators.named(Evaluators.REPLAY), sweep, dir.resolve("two"), 2, 4);
        assertThat(two).isEqualTo(one);
        assertThat(one).allSatisfy((k, o) -> assertThat(o).isInstanceOf(PointOutcome.Done.class));
    }

    @Test
    void aRerunSkipsEveryFinishedPoint() throws IOException {
        Path out = dir.resolve("out");
        run(Evaluators.named(Evaluators.MAPPER), out, 2, 12);
        long lines = Files.readAllLines(out.resolve(ResultStore.JSONL)).size();
        run(Evaluators.named(Evaluators.MAPPER), out, 2, 0);
        assertThat(Files.readAllLines(out.resolve(ResultStore.JSONL))).hasSize((int) lines);
    }

    @Test
    void aFailedPointIsRecordedAndTheSweepGoesOn() throws IOException {
        PointEvaluator failing = new SlowEvaluator(Evaluators.named(Evaluators.MAPPER), 0, "pe.rows", "16");
        Map<String, PointOutcome> r = run(failing, dir.resolve("out"), 2, 12);
        assertThat(r.values().stream().filter(o -> o instanceof PointOutcome.Failed f
                && f.error().equals("test failure for pe.rows=16"))).hasSize(4);
        assertThat(r.values().stream().filter(o -> o instanceof PointOutcome.Done)).hasSize(8);
    }
}
