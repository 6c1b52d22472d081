package dev.precis.sweep.report;

import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.PointResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The end-of-sweep summary: counts, then one row per point (cycles, energy, area, perf/area; {@code *} marks the
 * energy-vs-cycles Pareto front), at most {@link #MAX_ROWS} rows (beyond that the Pareto points only).
 */
public final class SweepTable {

    static final int MAX_ROWS = 100;

    private SweepTable() {
    }

    public static String render(List<PointOutcome> outcomes) {
        List<PointOutcome.Done> done = new ArrayList<>();
        List<PointOutcome.Failed> failed = new ArrayList<>();
        for (PointOutcome o : outcomes) {
            if (o instanceof PointOutcome.Done d) done.add(d);
            else failed.add((PointOutcome.Failed) o);
        }
        Set<String> front = new HashSet<>(paretoKeys(outcomes));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d points: %d ok, %d failed; Pareto front (energy vs cycles): %d points%n",
                outcomes.size(), done.size(), failed.size(), front.size()));
        List<PointOutcome.Done> rows = done.size() <= MAX_ROWS ? done
                : done.stream().filter(d -> front.contains(d.key())).toList();
        if (done.size() > MAX_ROWS) b.append("(the Pareto points only; every point is in results.csv)\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"", "point", "cycles", "energy uJ", "area mm2", "GOPS/mm2"});
        for (PointOutcome.Done d : rows) {
            PointResult r = d.result();
            cells.add(new String[] {front.contains(d.key()) ? "*" : "", d.point().label(),
                Long.toString(r.cycles()),
                r.energyPj().map(e -> String.format(Locale.ROOT, "%.1f", e.total() / 1e6)).orElse("-"),
                r.areaMm2().map(a -> String.format(Locale.ROOT, "%.3f", a)).orElse("-"),
                r.gopsPerMm2().map(g -> String.format(Locale.ROOT, "%.1f", g)).orElse("-")});
        }
        int[] width = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                boolean left = i <= 1;
                line.append(left ? pad(row[i], width[i], true) : pad(row[i], width[i], false));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        for (PointOutcome.Failed f : failed) b.append("failed: ").append(f.point().label()).append(": ").append(f.error())
                .append('\n');
        return b.toString();
    }

    /** The keys of the points on the energy-vs-cycles Pareto front (points with an energy only). */
    public static List<String> paretoKeys(List<PointOutcome> outcomes) {
        List<PointOutcome.Done> withEnergy = new ArrayList<>();
        for (PointOutcome o : outcomes) {
            if (o instanceof PointOutcome.Done d && d.result().energyPj().isPresent()) withEnergy.add(d);
        }
        return ParetoFront.of(withEnergy, d -> d.result().cycles(), d -> d.result().energyPj().get().total()).stream()
                .map(PointOutcome.Done::key).toList();
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(width - s.length());
        return left ? s + fill : fill + s;
    }
}
