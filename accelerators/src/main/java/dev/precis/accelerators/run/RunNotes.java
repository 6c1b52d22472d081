package dev.precis.accelerators.run;

import dev.precis.workloads.trace.TraceHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes a report carries about how its workload was made, from the trace's header: the per-layer precision
 * plan when the quantizer records one (the {@code ant} quantizer's {@code plan} and {@code planBasis} details),
 * so that a report says whose precisions it timed (e.g. BitFusion's artifact list, or the rule a model outside
 * the artifact fell back to: accelerators/README.md, "Precision plans").
 */
final class RunNotes {
    static final String PLAN = "plan";
    static final String PLAN_BASIS = "planBasis";

    private RunNotes() {
    }

    static List<String> of(TraceHeader header) {
        List<String> notes = new ArrayList<>();
        String plan = header.quantizerDetails().get(PLAN);
        if (plan != null) {
            String design = header.quantizerSettings().get("design");
            String basis = header.quantizerDetails().get(PLAN_BASIS);
            notes.add("precision plan " + plan + " (quantizer " + header.quantizer()
                    + (design == null ? "" : ", design " + design) + ")" + (basis == null ? "" : ": " + basis));
        }
        return notes;
    }
}
