package dev.precis.tlm.stats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Dumps a {@link StatsSnapshot} as JSON (one object per statistic) or CSV (one row per statistic). */
public final class StatsWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private StatsWriter() {}

    public static void writeJson(StatsSnapshot stats, Path file) {
        AtomicFile.write(file, out -> writeJson(stats, out));
    }

    public static void writeCsv(StatsSnapshot stats, Path file) {
        AtomicFile.write(file, out -> writeCsv(stats, out));
    }

    public static void writeJson(StatsSnapshot stats, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeJson(stats, g);
        }
    }

    /** Writes the statistics as one JSON object keyed by hierarchical name. */
    public static void writeJson(StatsSnapshot stats, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (StatValue v : stats.values().values()) {
            g.writeObjectFieldStart(v.info().name());
            g.writeStringField("unit", v.info().unit());
            g.writeStringField("description", v.info().description());
            if (v instanceof StatValue.CounterValue c) {
                g.writeStringField("kind", "counter");
                g.writeNumberField("value", c.value());
            } else if (v instanceof StatValue.AccumulatorValue a) {
                g.writeStringField("kind", "accumulator");
                g.writeNumberField("count", a.count());
                g.writeNumberField("sum", a.sum());
                g.writeNumberField("min", a.min());
                g.writeNumberField("max", a.max());
                g.writeNumberField("mean", a.mean());
            } else if (v instanceof StatValue.HistogramValue h) {
                g.writeStringField("kind", "histogram");
                g.writeNumberField("count", h.count());
                g.writeNumberField("sum", h.sum());
                g.writeNumberField("lowest", h.lowest());
                g.writeNumberField("binWidth", h.binWidth());
                g.writeNumberField("underflow", h.underflow());
                g.writeNumberField("overflow", h.overflow());
                g.writeArrayFieldStart("bins");
                for (long b : h.bins()) g.writeNumber(b);
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    public static void writeCsv(StatsSnapshot stats, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("name,kind,unit,count,value_or_sum,min,max,mean,bins\n");
        for (StatValue v : stats.values().values()) {
            String name = csv(v.info().name());
            String unit = csv(v.info().unit());
            if (v instanceof StatValue.CounterValue c) {
                w.write(name + ",counter," + unit + ",," + c.value() + ",,,,\n");
            } else if (v instanceof StatValue.AccumulatorValue a) {
                w.write(name + ",accumulator," + unit + "," + a.count() + "," + a.sum() + "," + a.min() + ","
                        + a.max() + "," + a.mean() + ",\n");
            } else if (v instanceof StatValue.HistogramValue h) {
                StringBuilder bins = new StringBuilder();
                for (long b : h.bins()) bins.append(bins.length() == 0 ? "" : " ").append(b);
                w.write(name + ",histogram," + unit + "," + h.count() + "," + h.sum() + ",,,,"
                        + csv(bins.toString()) + "\n");
            }
        }
        w.flush();
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
