package dev.precis.validation;

import java.util.HashMap;
import java.util.Map;

/** Each experiment's quick run, made once for all the tests of this module that look at it. */
final class QuickValidation {

    private static final Map<String, ExperimentResult> RESULTS = new HashMap<>();

    private QuickValidation() {
    }

    static synchronized ExperimentResult of(String name) {
        return RESULTS.computeIfAbsent(name,
                n -> Validation.run(java.util.List.of(n), Scope.QUICK, ValidationProgress.NONE).results().get(0));
    }

    static Check check(String experiment, String id) {
        return of(experiment).checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + experiment));
    }
}
