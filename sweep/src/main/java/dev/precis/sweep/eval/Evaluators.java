package dev.precis.sweep.eval;

import dev.precis.sweep.point.PointEvaluator;
import java.util.List;

/**
 * The evaluators {@code precis sweep} and {@code precis worker} can use ({@code --evaluator}): {@code replay} (the
 * default) replays each point on its accelerator composition, every preset and {@code --set} path; {@code mapper}
 * evaluates the ANT-family designs and the systolic array on their analytical models, much faster (BENCHMARKS.md),
 * for sweeps too large to replay.
 */
public final class Evaluators {

    public static final String REPLAY = "replay";
    public static final String MAPPER = "mapper";
    public static final List<String> NAMES = List.of(REPLAY, MAPPER);

    private Evaluators() {
    }

    public static PointEvaluator standard() {
        return named(REPLAY);
    }

    public static PointEvaluator named(String name) {
        return switch (name) {
            case REPLAY -> new ReplayPointEvaluator();
            case MAPPER -> new MapperPointEvaluator();
            default -> throw new IllegalArgumentException("--evaluator: unknown evaluator '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
