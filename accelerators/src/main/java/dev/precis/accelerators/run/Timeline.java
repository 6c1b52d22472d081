package dev.precis.accelerators.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.io.AtomicFile;
import dev.precis.io.OutputFileException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --timeline FILE.json}: the kernel's Chrome trace of every layer's run (one track per component, its
 * transactions as spans), laid end to end in layer order, plus a {@code layers} track with one span per layer.
 * Each layer's trace is written by the engine to a temporary file and appended here before the next layer runs,
 * so only one layer's events are held at a time; the file itself is committed atomically at the end.
 */
final class Timeline implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicFile.Pending pending;
    private final JsonGenerator out;
    private final Path scratch;
    private BigDecimal offsetMicros = BigDecimal.ZERO;
    private boolean namesWritten;
    private int layersTrack;

    private Timeline(Path target) throws IOException {
        this.pending = AtomicFile.open(target);
        this.out = new JsonFactory().createGenerator(pending.stream(), JsonEncoding.UTF8);
        this.scratch = Files.createTempFile("precis-layer-", ".json");
        out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        out.writeStartObject();
        out.writeStringField("displayTimeUnit", "ns");
        out.writeArrayFieldStart("traceEvents");
    }

    static Timeline open(Path target) {
        try {
            return new Timeline(target);
        } catch (OutputFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("--timeline " + target + ": " + e.getMessage(), e);
        }
    }

    /** Where the engine writes the next layer's trace. */
    Path layerFile() {
        return scratch;
    }

    /** Appends the layer's trace, shifted to start where the previous layer ended. */
    void append(String layer, long durationPs) {
        try {
            JsonNode events = JSON.readTree(scratch.toFile()).get("traceEvents");
            for (JsonNode e : events) {
                boolean name = "M".equals(e.path("ph").asText());
                if (name) {
                    if (namesWritten) continue;
                    layersTrack = Math.max(layersTrack, e.path("tid").asInt() + 1);
                    JSON.writeTree(out, e);
                    continue;
                }
                var copy = (com.fasterxml.jackson.databind.node.ObjectNode) e.deepCopy();
                copy.put("ts", e.path("ts").decimalValue().add(offsetMicros));
                JSON.writeTree(out, copy);
            }
            if (!namesWritten) {
                namesWritten = true;
                out.writeStartObject();
                out.writeStringField("name", "thread_name");
                out.writeStringField("ph", "M");
                out.writeNumberField("pid", 0);
                out.writeNumberField("tid", layersTrack);
                out.writeObjectFieldStart("args");
                out.writeStringField("name", "layers");
                out.writeEndObject();
                out.writeEndObject();
            }
            BigDecimal duration = BigDecimal.valueOf(durationPs, 6);
            out.writeStartObject();
            out.writeStringField("name", layer);
            out.writeStringField("cat", "layer");
            out.writeStringField("ph", "X");
            out.writeNumberField("ts", offsetMicros);
            out.writeNumberField("dur", duration);
            out.writeNumberField("pid", 0);
            out.writeNumberField("tid", layersTrack);
            out.writeEndObject();
            offsetMicros = offsetMicros.add(duration);
        } catch (IOException e) {
            throw new UncheckedIOException("--timeline: " + e.getMessage(), e);
        }
    }

    /** Finishes and commits the file. */
    void commit() {
        try {
            out.writeEndArray();
            out.writeEndObject();
            out.flush();
            pending.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("--timeline: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pending.close(); // removes the temporary file unless committed
        }
    }
}
