package dev.precis.sweep.eval;

import dev.precis.sweep.point.PointEvaluator;

/** The evaluator {@code precis sweep} and {@code precis worker} use. */
public final class Evaluators {

    private Evaluators() {
    }

    public static PointEvaluator standard() {
        return new MapperPointEvaluator();
    }
}
