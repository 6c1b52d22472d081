package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.models.KernelModels;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same model gives the same events, digests and statistics on every engine and thread count. */
class EngineEquivalenceTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("ring N=8 one token", (Supplier<Model>) () -> KernelModels.ring(8, 1, 2_000)),
                Arguments.of("ring N=16 five tokens", (Supplier<Model>) () -> KernelModels.ring(16, 5, 5_000)),
                Arguments.of("phold N=16 M=8", (Supplier<Model>) () -> KernelModels.phold(16, 8, 20_000, 42)),
                Arguments.of("phold N=5 M=3 seed 7", (Supplier<Model>) () -> KernelModels.phold(5, 3, 3_000, 7)),
                Arguments.of("memory with back-pressure", (Supplier<Model>) () -> KernelModels.memorySystem(3, 200, 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void actorEngineMatchesSequentialOnOneTwoAndFourThreads(String label, Supplier<Model> model) {
        SimulationResult reference = new SequentialEngine().run(model.get()).orThrow();
        assertThat(reference.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(reference.events()).isGreaterThan(100);
        for (int threads : new int[] {1, 2, 4}) {
            SimulationResult actor = new ActorEngine(threads).run(model.get()).orThrow();
            assertSame(reference, actor, label + " on " + threads + " thread(s)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void groupingComponentsIntoActorsDoesNotChangeResults(String label, Supplier<Model> model) {
        SimulationResult reference = new SequentialEngine().run(model.get()).orThrow();
        SimulationResult grouped = new ActorEngine(2).groupedByPrefix(1).run(model.get()).orThrow();
        assertSame(reference, grouped, label + " grouped by first name segment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void sameModelAndSeedRunTwiceGivesTheSameDigest(String label, Supplier<Model> model) {
        SimulationResult a = new SequentialEngine().run(model.get());
        SimulationResult b = new SequentialEngine().run(model.get());
        assertSame(a, b, label);
    }

    @org.junit.jupiter.api.Test
    void concurrentRunsInOneJvmDoNotDisturbEachOther() throws Exception {
        // Sweeps run many models at once: each actor run has its own actor system.
        SimulationResult reference = new SequentialEngine().run(KernelModels.phold(12, 6, 10_000, 3));
        java.util.List<java.util.concurrent.CompletableFuture<SimulationResult>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> new ActorEngine(2).run(KernelModels.phold(12, 6, 10_000, 3))));
        }
        for (java.util.concurrent.CompletableFuture<SimulationResult> run : runs) {
            assertSame(reference, run.get(), "concurrent actor run");
        }
    }

    @org.junit.jupiter.api.Test
    void aDifferentSeedGivesADifferentPholdDigest() {
        SimulationResult a = new SequentialEngine().run(KernelModels.phold(8, 4, 2_000, 1));
        SimulationResult b = new SequentialEngine().run(KernelModels.phold(8, 4, 2_000, 2));
        assertThat(a.digest()).isNotEqualTo(b.digest());
    }

    static void assertSame(SimulationResult expected, SimulationResult actual, String what) {
        assertThat(actual.status()).as(what + " status").isEqualTo(expected.status());
        assertThat(actual.events()).as(what + " events").isEqualTo(expected.events());
        assertThat(actual.endTimePs()).as(what + " end time").isEqualTo(expected.endTimePs());
        assertThat(actual.componentDigests()).as(what + " per-component digests").isEqualTo(expected.componentDigests());
        assertThat(actual.digest()).as(what + " digest").isEqualTo(expected.digest());
        assertThat(actual.stats()).as(what + " statistics").isEqualTo(expected.stats());
    }
}
