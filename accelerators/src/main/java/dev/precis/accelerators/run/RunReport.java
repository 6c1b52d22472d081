package dev.precis.accelerators.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.io.AtomicFile;
import dev.precis.io.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The result of a run (ACCEL_CONTRACT.md): per layer and in total the figures of {@link LayerReport}, the
 * design's area and clock, and notes on how the workload was made (the precision plan the quantizer used).
 * Written as report.json (the field names of issue 11, plus {@code precisionSwitches},
 * {@code precisionSwitchCycles} and {@code notes}), report.csv (one row per layer and a total row) and
 * report.md, each atomically.
 */
public record RunReport(String accelerator, String model, int batch, String engine, List<LayerReport> layers,
                        LayerReport total, double areaMm2, double clockMhz, List<String> notes) implements Report {

    public RunReport {
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public RunReport(String accelerator, String model, int batch, String engine, List<LayerReport> layers,
                     LayerReport total, double areaMm2, double clockMhz) {
        this(accelerator, model, batch, engine, layers, total, areaMm2, clockMhz, List.of());
    }

    /** Performance per area: inferences per second per mm² ({@code batch / seconds / areaMm2}). */
    public double perfPerArea() {
        double seconds = total.cycles() / (clockMhz * 1e6);
        return seconds == 0 || areaMm2 == 0 ? 0 : batch / seconds / areaMm2;
    }

    @Override
    public String text() {
        return toTable();
    }

    @Override
    public String json() {
        return toJson() + System.lineSeparator();
    }

    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            writeJson(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void writeJson(Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("accelerator", accelerator);
            g.writeStringField("model", model);
            g.writeNumberField("batch", batch);
            g.writeStringField("engine", engine);
            g.writeArrayFieldStart("layers");
            for (LayerReport l : layers) layer(g, l);
            g.writeEndArray();
            g.writeFieldName("total");
            layer(g, total);
            g.writeNumberField("areaMm2", areaMm2);
            g.writeNumberField("clockMhz", clockMhz);
            g.writeNumberField("perfPerArea", perfPerArea());
            g.writeArrayFieldStart("notes");
            for (String n : notes) g.writeString(n);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void layer(JsonGenerator g, LayerReport l) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", l.name());
        g.writeNumberField("cycles", l.cycles());
        g.writeNumberField("computeCycles", l.computeCycles());
        g.writeNumberField("stallCycles", l.stallCycles());
        g.writeNumberField("macs", l.macs());
        g.writeNumberField("utilization", l.utilization());
        g.writeNumberField("dramReadBytes", l.dramReadBytes());
        g.writeNumberField("dramWriteBytes", l.dramWriteBytes());
        g.writeNumberField("precisionSwitches", l.precisionSwitches());
        g.writeNumberField("precisionSwitchCycles", l.precisionSwitchCycles());
        g.writeObjectFieldStart("energyPj");
        EnergyPj e = l.energyPj();
        g.writeNumberField("static", e.staticPj());
        g.writeNumberField("dram", e.dram());
        g.writeNumberField("buffer", e.buffer());
        g.writeNumberField("core", e.core());
        g.writeNumberField("total", e.total());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One row per layer, then the total. */
    public String toCsv() {
        StringBuilder b = new StringBuilder("layer,cycles,computeCycles,stallCycles,macs,utilization,dramReadBytes,"
                + "dramWriteBytes,energyStaticPj,energyDramPj,energyBufferPj,energyCorePj,energyTotalPj,precisionSwitches,"
                + "precisionSwitchCycles\n");
        for (LayerReport l : layers) csvRow(b, l);
        csvRow(b, total);
        return b.toString();
    }

    private static void csvRow(StringBuilder b, LayerReport l) {
        EnergyPj e = l.energyPj();
        String name = l.name().contains(",") || l.name().contains("\"") ? "\"" + l.name().replace("\"", "\"\"") + "\"" : l.name();
        b.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%.6f,%d,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%d,%d%n", name, l.cycles(),
                l.computeCycles(), l.stallCycles(), l.macs(), l.utilization(), l.dramReadBytes(), l.dramWriteBytes(),
                e.staticPj(), e.dram(), e.buffer(), e.core(), e.total(), l.precisionSwitches(), l.precisionSwitchCycles()));
    }

    /** The table {@code precis run} prints. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s on %s, batch %d, %s engine: %,d cycles (%.3f ms at %.0f MHz), %.4g uJ, %.3f mm2%n",
                model, accelerator, batch, engine, total.cycles(), total.cycles() / (clockMhz * 1e3), clockMhz,
                total.energyPj().total() / 1e6, areaMm2));
        for (String n : notes) b.append("note: ").append(n).append(System.lineSeparator());
        if (total.precisionSwitches() > 0) {
            b.append(String.format(Locale.ROOT, "precision switches: %d, %,d array cycles (in the compute cycles)%n",
                    total.precisionSwitches(), total.precisionSwitchCycles()));
        }
        String header = String.format(Locale.ROOT, "%-24s %14s %14s %12s %7s %12s %12s %12s%n", "layer", "cycles", "compute",
                "stall", "util", "DRAM rd B", "DRAM wr B", "energy uJ");
        b.append(header);
        for (LayerReport l : layers) tableRow(b, l);
        tableRow(b, total);
        return b.toString();
    }

    private static void tableRow(StringBuilder b, LayerReport l) {
        b.append(String.format(Locale.ROOT, "%-24s %14d %14d %12d %7.3f %12d %12d %12.4f%n", l.name(), l.cycles(),
                l.computeCycles(), l.stallCycles(), l.utilization(), l.dramReadBytes(), l.dramWriteBytes(),
                l.energyPj().total() / 1e6));
    }

    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(accelerator).append(" on ").append(model).append("\n\n");
        b.append(String.format(Locale.ROOT, "Batch %d, %s engine, %.0f MHz, area %.4f mm2, %.4g inferences/s/mm2.%n%n",
                batch, engine, clockMhz, areaMm2, perfPerArea()));
        for (String n : notes) b.append("- ").append(n).append("\n");
        if (!notes.isEmpty()) b.append("\n");
        b.append("| layer | cycles | compute | stall | MACs | util | DRAM read B | DRAM write B | static pJ | DRAM pJ | buffer pJ | core pJ | total pJ | switches | switch cycles |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (LayerReport l : layers) mdRow(b, l);
        mdRow(b, total);
        return b.toString();
    }

    private static void mdRow(StringBuilder b, LayerReport l) {
        EnergyPj e = l.energyPj();
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.4f | %d | %d | %.4g | %.4g | %.4g | %.4g | %.4g | %d | %d |%n",
                l.name().replace("|", "\\|"), l.cycles(), l.computeCycles(), l.stallCycles(), l.macs(), l.utilization(),
                l.dramReadBytes(), l.dramWriteBytes(), e.staticPj(), e.dram(), e.buffer(), e.core(), e.total(),
                l.precisionSwitches(), l.precisionSwitchCycles()));
    }

    /** Writes report.json, report.csv and report.md into {@code dir} (created if missing), each atomically. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
        write(dir.resolve("report.json"), toJson() + "\n");
        write(dir.resolve("report.csv"), toCsv());
        write(dir.resolve("report.md"), toMarkdown());
    }

    private static void write(Path file, String text) {
        AtomicFile.write(file, (OutputStream out) -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
