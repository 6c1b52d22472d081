package dev.precis.validation;

/** One paper or reference simulator: runs its simulations and compares them with the published figures. */
public interface Experiment {

    /** The name on the command line ({@code ant}, {@code noc}, ...). */
    String name();

    /** What it validates, in one line. */
    String title();

    ExperimentResult run(Scope scope, ValidationProgress progress);
}
