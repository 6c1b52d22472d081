package dev.precis.validation.report;

import dev.precis.validation.Check;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.ValidationRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text table {@code precis validate} prints on stdout: one line per check, grouped by experiment. */
public final class CheckTable {

    private CheckTable() {
    }

    public static String of(ValidationRun run) {
        StringBuilder b = new StringBuilder();
        for (ExperimentResult r : run.results()) {
            b.append(String.format(Locale.ROOT, "== %s: %s (%d/%d pass)%n", r.name(), r.title(), r.passed(),
                    r.checks().size()));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "reference", "precis", "rel.err", "tol", "result"});
            for (Check c : r.checks()) {
                rows.add(new String[] {c.id(), Numbers.figure(c.reference()), Numbers.figure(c.precis()),
                        Numbers.percent(c.relError()), Numbers.percent(c.tolerance()), c.pass() ? "pass" : "FAIL"});
            }
            int[] width = new int[6];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                b.append(String.format(Locale.ROOT, "%-" + width[0] + "s", row[0]));
                for (int i = 1; i < row.length; i++) {
                    b.append("  ").append(String.format(Locale.ROOT, "%" + width[i] + "s", row[i]));
                }
                b.append(System.lineSeparator());
            }
            b.append(System.lineSeparator());
        }
        long passed = run.checks().stream().filter(Check::pass).count();
        b.append(String.format(Locale.ROOT, "%d of %d checks pass (%s)%n", passed, run.checks().size(),
                run.scope().label()));
        return b.toString();
    }
}
