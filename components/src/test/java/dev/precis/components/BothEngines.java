package dev.precis.components;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.Model;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.stats.StatValue;
import java.util.function.Supplier;

/** Runs a model on the sequential and on the actor engine and checks the two results are identical. */
public final class BothEngines {
    private BothEngines() {
    }

    /** The sequential result, after asserting the actor engine's equals it (status, time, digest, statistics). */
    public static SimulationResult run(Supplier<Model> model) {
        SimulationResult sequential = new SequentialEngine().run(model.get());
        SimulationResult actors = new ActorEngine(2).partitionedInto(2).run(model.get());
        assertThat(sequential.ok()).as(String.valueOf(sequential.failure())).isTrue();
        assertThat(actors.status()).isEqualTo(sequential.status());
        assertThat(actors.endTimePs()).isEqualTo(sequential.endTimePs());
        assertThat(actors.digest()).isEqualTo(sequential.digest());
        assertThat(actors.stats()).isEqualTo(sequential.stats());
        return sequential;
    }

    /** The time of the last answer the {@link ScriptedController} named {@code controller} received. */
    public static double lastAnswerPs(SimulationResult r, String controller) {
        return ((StatValue.AccumulatorValue) r.stats().get(controller + ".answerTimePs").orElseThrow()).max();
    }
}
