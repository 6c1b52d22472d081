package dev.precis.validation;

import dev.precis.validation.ant.AntValidation;
import dev.precis.validation.dram.DramValidation;
import dev.precis.validation.drift.DriftValidation;
import dev.precis.validation.lpa.LpaValidation;
import dev.precis.validation.noc.NocValidation;
import dev.precis.validation.panacea.PanaceaValidation;
import dev.precis.validation.systolic.SystolicValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The experiments {@code precis validate} knows, by name, and running a selection of them. */
public final class Validation {

    private static final Map<String, Supplier<Experiment>> EXPERIMENTS = new LinkedHashMap<>();

    static {
        EXPERIMENTS.put("ant", AntValidation::new);
        EXPERIMENTS.put("lpa", LpaValidation::new);
        EXPERIMENTS.put("drift", DriftValidation::new);
        EXPERIMENTS.put("panacea", PanaceaValidation::new);
        EXPERIMENTS.put("systolic", SystolicValidation::new);
        EXPERIMENTS.put("dram", DramValidation::new);
        EXPERIMENTS.put("noc", NocValidation::new);
    }

    private Validation() {
    }

    /** The experiment names in report order. */
    public static List<String> names() {
        return List.copyOf(EXPERIMENTS.keySet());
    }

    /** {@code all} or one experiment name, as the command line gives it. */
    public static List<String> select(String what) {
        if (what.equals("all")) {
            return names();
        }
        if (!EXPERIMENTS.containsKey(what)) {
            throw new IllegalArgumentException("unknown experiment '" + what + "'; known: " + String.join(", ", names())
                    + ", all");
        }
        return List.of(what);
    }

    public static Experiment experiment(String name) {
        Supplier<Experiment> s = EXPERIMENTS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown experiment '" + name + "'; known: " + String.join(", ", names()));
        }
        return s.get();
    }

    /** Runs the named experiments in order. */
    public static ValidationRun run(List<String> names, Scope scope, ValidationProgress progress) {
        List<ExperimentResult> results = new ArrayList<>();
        for (String name : names) {
            Experiment e = experiment(name);
            progress.started(e);
            long start = System.nanoTime();
            ExperimentResult r = e.run(scope, progress);
            progress.finished(r, (System.nanoTime() - start) / 1e9);
            results.add(r);
        }
        return new ValidationRun(scope, results);
    }
}
