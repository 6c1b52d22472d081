package dev.precis.validation;

import dev.precis.validation.plot.Plot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one experiment (one paper or reference simulator) produced: its checks, the plots drawn from them, the
 * assumptions of its reconstruction and the gaps it leaves, each spelled out for report.md.
 *
 * @param details markdown shown under the checks (extra figures that are not checks, e.g. ablation rows)
 * @param figures the experiment's intermediate figures by name (per model, per setting), for tests and scripts
 */
public record ExperimentResult(String name, String title, Scope scope, List<Check> checks, List<Plot> plots,
                               List<String> assumptions, List<String> gaps, String details,
                               Map<String, Double> figures) {

    public ExperimentResult {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        checks = List.copyOf(checks);
        plots = List.copyOf(plots);
        assumptions = List.copyOf(assumptions);
        gaps = List.copyOf(gaps);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException(name + ": an experiment without checks");
        }
    }

    /** A named figure; an unknown name is an error listing the known ones. */
    public double figure(String key) {
        Double v = figures.get(key);
        if (v == null) {
            throw new IllegalArgumentException(name + ": no figure " + key + "; known: " + figures.keySet());
        }
        return v;
    }

    public long passed() {
        return checks.stream().filter(Check::pass).count();
    }

    public boolean allPass() {
        return passed() == checks.size();
    }
}
