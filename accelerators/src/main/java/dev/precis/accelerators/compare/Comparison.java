package dev.precis.accelerators.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.accelerators.run.EnergyPj;
import dev.precis.accelerators.run.RunReport;
import dev.precis.io.AtomicFile;
import dev.precis.io.OutputFileException;
import dev.precis.io.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accelerators on one workload, normalised to a baseline: the designs in the order they were asked for, then the
 * baseline if it was not among them. Printed as a table or JSON; {@link #writeTo} writes compare.json (fields
 * {@code baseline}, {@code model}, {@code designs}) and compare.png ({@link ComparisonChart}), each atomically.
 *
 * @param batch  images per run (shown in the table)
 * @param engine the kernel engine the runs used (shown in the table)
 */
public record Comparison(String baseline, String model, int batch, String engine, List<DesignFigures> designs) implements Report {

    public static final String JSON_FILE = "compare.json";
    public static final String CHART_FILE = "compare.png";

    public Comparison {
        designs = List.copyOf(designs);
        if (designs.stream().noneMatch(d -> d.accelerator().equals(baseline))) {
            throw new IllegalArgumentException("the baseline " + baseline + " is not among the designs");
        }
    }

    /**
     * The designs' reports over {@code baselineReport}'s; the baseline is appended unless a report of the same
     * accelerator is among {@code reports}. Every report must be of the same model and batch.
     */
    public static Comparison of(List<RunReport> reports, RunReport baselineReport) {
        List<RunReport> all = new ArrayList<>(reports);
        if (reports.stream().noneMatch(r -> r.accelerator().equals(baselineReport.accelerator()))) all.add(baselineReport);
        List<DesignFigures> designs = new ArrayList<>();
        for (RunReport r : all) {
            if (!r.model().equals(baselineReport.model()) || r.batch() != baselineReport.batch()) {
                throw new IllegalArgumentException(r.accelerator() + " ran " + r.model() + " at batch " + r.batch()
                        + " but the baseline ran " + baselineReport.model() + " at batch " + baselineReport.batch());
            }
            designs.add(DesignFigures.of(r.accelerator(), r.total().cycles(), r.total().energyPj(),
                    baselineReport.total().cycles(), baselineReport.total().energyPj()));
        }
        return new Comparison(baselineReport.accelerator(), baselineReport.model(), baselineReport.batch(),
                baselineReport.engine(), designs);
    }

    /** The design named {@code accelerator}. */
    public DesignFigures design(String accelerator) {
        for (DesignFigures d : designs) if (d.accelerator().equals(accelerator)) return d;
        throw new IllegalArgumentException("no design '" + accelerator + "' in the comparison");
    }

    @Override
    public String text() {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s, batch %d, %s engine; normalised to %s", model, batch, engine, baseline)).append(nl);
        b.append(String.format(Locale.ROOT, "%-16s %16s %8s %14s %8s %8s %8s %8s %8s", "accelerator", "cycles", "cycles/b",
                "energy uJ", "energy/b", "static", "dram", "buffer", "core")).append(nl);
        for (DesignFigures d : designs) {
            EnergyPj n = d.energyNorm();
            b.append(String.format(Locale.ROOT, "%-16s %,16d %8.3f %14.4f %8.3f %8.3f %8.3f %8.3f %8.3f", d.accelerator(),
                    d.cycles(), d.cyclesNorm(), d.energyPj().total() / 1e6, n.total(), n.staticPj(), n.dram(), n.buffer(),
                    n.core())).append(nl);
        }
        return b.toString();
    }

    @Override
    public String json() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("baseline", baseline);
            g.writeStringField("model", model);
            g.writeArrayFieldStart("designs");
            for (DesignFigures d : designs) {
                g.writeStartObject();
                g.writeStringField("accelerator", d.accelerator());
                g.writeNumberField("cycles", d.cycles());
                energy(g, "energyPj", d.energyPj());
                g.writeNumberField("cyclesNorm", d.cyclesNorm());
                energy(g, "energyNorm", d.energyNorm());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + System.lineSeparator();
    }

    private static void energy(JsonGenerator g, String field, EnergyPj e) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> part : parts(e).entrySet()) g.writeNumberField(part.getKey(), part.getValue());
        g.writeEndObject();
    }

    /** The energy parts under report.json's names, in its order. */
    private static Map<String, Double> parts(EnergyPj e) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("static", e.staticPj());
        parts.put("dram", e.dram());
        parts.put("buffer", e.buffer());
        parts.put("core", e.core());
        parts.put("total", e.total());
        return parts;
    }

    /**
     * Writes compare.json and compare.png into {@code dir} (created if missing), atomically: the chart is drawn in
     * memory, both files are written to their temporaries and only then renamed onto the targets, so a failure
     * leaves neither.
     */
    public void writeTo(Path dir) {
        byte[] png = ComparisonChart.png(this);
        byte[] json = json().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("--out: cannot create the directory " + dir + ": " + e.getMessage(), e);
        }
        try (AtomicFile.Pending jsonFile = AtomicFile.open(dir.resolve(JSON_FILE));
             AtomicFile.Pending chartFile = AtomicFile.open(dir.resolve(CHART_FILE))) {
            fill(jsonFile, json);
            fill(chartFile, png);
            jsonFile.commit();
            chartFile.commit();
        } catch (OutputFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} to the temporary file; the stream is left open, as {@code commit} forces the channel to disk. */
    private static void fill(AtomicFile.Pending file, byte[] bytes) throws OutputFileException {
        try {
            file.stream().write(bytes);
        } catch (IOException e) {
            throw new OutputFileException(file.target(), String.valueOf(e.getMessage()), e);
        }
    }
}
