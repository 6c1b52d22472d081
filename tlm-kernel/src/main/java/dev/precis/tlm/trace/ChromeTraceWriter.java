package dev.precis.tlm.trace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.io.AtomicFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes Chrome trace-event JSON (the format Perfetto and chrome://tracing open): one process, one track
 * (thread) per component, named after it. Timestamps are microseconds with picosecond decimals.
 */
public final class ChromeTraceWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ChromeTraceWriter() {}

    public static void write(Path file, List<String> componentNames, List<TraceEvent> events) {
        List<TraceEvent> sorted = new ArrayList<>(events);
        Collections.sort(sorted);
        AtomicFile.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("displayTimeUnit", "ns");
                g.writeArrayFieldStart("traceEvents");
                for (int id = 0; id < componentNames.size(); id++) {
                    g.writeStartObject();
                    g.writeStringField("name", "thread_name");
                    g.writeStringField("ph", "M");
                    g.writeNumberField("pid", 0);
                    g.writeNumberField("tid", id);
                    g.writeObjectFieldStart("args");
                    g.writeStringField("name", componentNames.get(id));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                for (TraceEvent e : sorted) {
                    g.writeStartObject();
                    g.writeStringField("name", e.name());
                    g.writeStringField("cat", e.category());
                    g.writeStringField("ph", e.durationPs() >= 0 ? "X" : "i");
                    g.writeNumberField("ts", micros(e.startPs()));
                    if (e.durationPs() >= 0) g.writeNumberField("dur", micros(e.durationPs()));
                    else g.writeStringField("s", "t");
                    g.writeNumberField("pid", 0);
                    g.writeNumberField("tid", e.componentId());
                    g.writeObjectFieldStart("args");
                    g.writeStringField("detail", e.detail());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static java.math.BigDecimal micros(long ps) {
        return java.math.BigDecimal.valueOf(ps, 6);
    }
}
