package dev.precis.validation;

import java.util.List;

/** The results of the experiments run, in order. */
public record ValidationRun(Scope scope, List<ExperimentResult> results) {

    public ValidationRun {
        results = List.copyOf(results);
    }

    public List<Check> checks() {
        return results.stream().flatMap(r -> r.checks().stream()).toList();
    }

    public boolean allPass() {
        return results.stream().allMatch(ExperimentResult::allPass);
    }
}
