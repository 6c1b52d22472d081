package dev.precis.tlm;

/**
 * Runs a model. Every engine gives the same {@link SimulationResult} (but wall time) for the same model and
 * seed: the engine is a choice of speed, never of semantics.
 */
public interface Engine {
    SimulationResult run(Model model, RunOptions options);

    default SimulationResult run(Model model) {
        return run(model, RunOptions.DEFAULT);
    }

    /** A short name for reports ("sequential", "actor"). */
    String name();
}
