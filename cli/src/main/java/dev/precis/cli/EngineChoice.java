package dev.precis.cli;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.Engine;
import dev.precis.tlm.SequentialEngine;

/** The --engine option's values. */
enum EngineChoice {
    sequential,
    actor;

    Engine create(int threads) {
        return this == sequential ? new SequentialEngine() : new ActorEngine(threads);
    }
}
