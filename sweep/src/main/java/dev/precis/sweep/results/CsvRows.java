package dev.precis.sweep.results;

import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.PointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of results.csv: the point's key and configuration (one column per parameter of the sweep, empty
 * where a point leaves it at the preset's value), then its figures (empty where the evaluator has none) or its
 * error. RFC 4180 quoting.
 */
public final class CsvRows {

    private static final List<String> FIGURES = List.of("cycles", "macs", "clock_mhz", "seconds", "energy_static_pj",
            "energy_dram_pj", "energy_buffer_pj", "energy_core_pj", "energy_total_pj", "area_mm2", "gops_per_mm2",
            "error");

    private final List<String> parameterKeys;

    public CsvRows(List<String> parameterKeys) {
        this.parameterKeys = List.copyOf(parameterKeys);
    }

    public String header() {
        List<String> cols = new ArrayList<>(List.of("key", "status", "accelerator", "model", "quantizer", "batch"));
        cols.addAll(parameterKeys);
        cols.addAll(FIGURES);
        return line(cols);
    }

    public String row(PointOutcome o) {
        List<String> cols = new ArrayList<>();
        cols.add(o.key());
        cols.add(o instanceof PointOutcome.Done ? "ok" : "error");
        cols.add(o.point().accelerator());
        cols.add(o.point().model());
        cols.add(o.point().quantizer());
        cols.add(Integer.toString(o.point().batch()));
        for (String k : parameterKeys) cols.add(o.point().parameters().getOrDefault(k, ""));
        if (o instanceof PointOutcome.Done d) {
                PointResult r = d.result();
                cols.add(Long.toString(r.cycles()));
                cols.add(Long.toString(r.macs()));
                cols.add(Double.toString(r.clockMhz()));
                cols.add(Double.toString(r.seconds()));
                Optional<EnergyPj> e = r.energyPj();
                cols.add(e.map(x -> Double.toString(x.staticPj())).orElse(""));
                cols.add(e.map(x -> Double.toString(x.dram())).orElse(""));
                cols.add(e.map(x -> Double.toString(x.buffer())).orElse(""));
                cols.add(e.map(x -> Double.toString(x.core())).orElse(""));
                cols.add(e.map(x -> Double.toString(x.total())).orElse(""));
                cols.add(r.areaMm2().map(Object::toString).orElse(""));
                cols.add(r.gopsPerMm2().map(Object::toString).orElse(""));
                cols.add("");
        } else if (o instanceof PointOutcome.Failed f) {
                for (int i = 0; i < FIGURES.size() - 1; i++) cols.add("");
                cols.add(f.error());
        }
        return line(cols);
    }

    /** The key of a row written by {@link #row} (the first column, never quoted: keys are hex). */
    static String keyOf(String row) {
        int comma = row.indexOf(',');
        return comma < 0 ? row : row.substring(0, comma);
    }

    private static String line(List<String> cols) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) b.append(',');
            b.append(quote(cols.get(i)));
        }
        return b.append('\n').toString();
    }

    private static String quote(String s) {
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        if (flat.indexOf(',') < 0 && flat.indexOf('"') < 0) return flat;
        return '"' + flat.replace("\"", "\"\"") + '"';
    }
}
