package dev.precis.validation;

import dev.precis.validation.plot.Plot;
import java.util.List;

/**
 * What one experiment (one paper or reference simulator) produced: its checks, the plots drawn from them, the
 * assumptions of its reconstruction and the gaps it leaves, each spelled out for report.md.
 *
 * @param details markdown shown under the checks (extra figures that are not checks, e.g. ablation rows)
 */
public record ExperimentResult(String name, String title, Scope scope, List<Check> checks, List<Plot> plots,
                               List<String> assumptions, List<String> gaps, String details) {

    public ExperimentResult {
        checks = List.copyOf(checks);
        plots = List.copyOf(plots);
        assumptions = List.copyOf(assumptions);
        gaps = List.copyOf(gaps);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException(name + ": an experiment without checks");
        }
    }

    public long passed() {
        return checks.stream().filter(Check::pass).count();
    }

    public boolean allPass() {
        return passed() == checks.size();
    }
}
