package dev.precis.accelerators.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Designs run in parallel through the accelerator runner, listed in the order given, the same on any thread count. */
class ComparisonRunnerTest {
    @TempDir
    static Path dir;
    static Workload tiny;

    @BeforeAll
    static void topology() throws Exception {
        tiny = new Workload.Topology(Files.writeString(dir.resolve("tiny.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Conv1,16,16,3,3,8,16,1,
                Conv2,14,14,3,3,16,32,1,
                FC,1,1,1,1,128,10,1,
                """));
    }

    private static CompareRequest request(List<String> accelerators, String baseline, int threads) {
        return new CompareRequest(accelerators, baseline, tiny, 2, Map.of(), EngineKind.SEQUENTIAL, 1, threads);
    }

    @Test
    void eachDesignsFiguresAreThoseOfItsOwnRunNormalisedToTheBaselineRunEvenIfNotListed() {
        List<String> done = new ArrayList<>();
        Comparison c = ComparisonRunner.run(request(List.of("ant", "olaccel"), "adafloat", 2),
                (d, n, r, s) -> done.add(d + "/" + n + " " + r.accelerator()));
        assertThat(c.designs()).extracting(DesignFigures::accelerator).containsExactly("ant", "olaccel", "adafloat");
        assertThat(c.baseline()).isEqualTo("adafloat");
        assertThat(c.model()).isEqualTo("tiny");
        assertThat(done).hasSize(3).allMatch(s -> s.contains("/3 "));
        RunReport ant = AcceleratorRunner.run(new RunRequest("ant", tiny, 2, Optional.empty(), Map.of(), EngineKind.SEQUENTIAL, 1),
                RunProgress.NONE);
        RunReport ada = AcceleratorRunner.run(new RunRequest("adafloat", tiny, 2, Optional.empty(), Map.of(), EngineKind.SEQUENTIAL, 1),
                RunProgress.NONE);
        assertThat(c.design("ant").cycles()).isEqualTo(ant.total().cycles());
        assertThat(c.design("ant").energyPj()).isEqualTo(ant.total().energyPj());
        assertThat(c.design("ant").cyclesNorm()).isEqualTo((double) ant.total().cycles() / ada.total().cycles());
        assertThat(c.design("adafloat").cyclesNorm()).isEqualTo(1.0);
    }

    @Test
    void theComparisonDoesNotDependOnTheThreadCount() {
        List<String> designs = List.of("biscaled", "ant", "olaccel");
        Comparison one = ComparisonRunner.run(request(designs, "ant", 1), CompareProgress.NONE);
        Comparison two = ComparisonRunner.run(request(designs, "ant", 2), CompareProgress.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(two.json()).isEqualTo(one.json());
        assertThat(one.designs()).extracting(DesignFigures::accelerator).containsExactly("biscaled", "ant", "olaccel");
    }

    @Test
    void badInputFailsBeforeAnyRunNamingTheOption() {
        assertThatThrownBy(() -> ComparisonRunner.run(request(List.of("ant", "antt"), "adafloat", 2), CompareProgress.NONE))
                .hasMessageStartingWith("--accelerators: unknown accelerator 'antt'");
        assertThatThrownBy(() -> ComparisonRunner.run(request(List.of("ant"), "adafloot", 2), CompareProgress.NONE))
                .hasMessageStartingWith("--baseline: unknown accelerator 'adafloot'");
        CompareRequest unknownModel = new CompareRequest(List.of("ant"), "ant", new Workload.Model("resnet19"), 1, Map.of(),
                EngineKind.SEQUENTIAL, 1, 1);
        assertThatThrownBy(() -> ComparisonRunner.run(unknownModel, CompareProgress.NONE))
                .hasMessageStartingWith("--model: unknown model 'resnet19'");
        assertThatThrownBy(() -> request(List.of("ant", "ant"), "ant", 1)).hasMessage("--accelerators: 'ant' is listed twice");
    }

    @Test
    void aBaselineThatCannotRunTheWorkloadIsNamedAfterTheRunsUnderWayEnd() throws Exception {
        Path tight = Files.writeString(dir.resolve("tight.conf"), """
                include classpath("presets/ant.conf")
                name = tight
                components {
                  controller { weightBuffer = 8 KiB, bufferWordBits = 64, bufferBanks = 1 }
                  pe.rows = 8192
                }
                """);
        CompareRequest r = request(List.of("ant"), tight.toString(), 2);
        assertThatThrownBy(() -> ComparisonRunner.run(r, CompareProgress.NONE))
                .hasMessageStartingWith("--baseline " + tight + ": layer Conv1 can never fit design tight");
    }
}
