package dev.precis.workloads.trace;

import dev.precis.io.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything of a trace except its per-tile records: header, layer records and their totals. It is the report of
 * {@code precis trace inspect}: {@link TraceTextReport} is its text form, {@link TraceJsonReport} its JSON form.
 */
public record TraceSummary(Path file, int minorVersion, TraceHeader header, List<LayerSummary> layers,
                           long totalTiles) implements Report {

    public TraceSummary {
        layers = List.copyOf(layers);
    }

    @Override
    public String text() {
        return TraceTextReport.render(this);
    }

    @Override
    public String json() {
        return TraceJsonReport.render(this);
    }

    /** One layer: its record and the totals of its tiled operands. */
    public record LayerSummary(LayerRecord layer, LayerEnd end) {
    }

    /** Reads and validates a whole trace, keeping only the summary (streaming; memory is one record). */
    public static TraceSummary read(Path file) throws java.io.IOException {
        try (TraceReader reader = TraceReader.open(file)) {
            List<LayerSummary> layers = new java.util.ArrayList<>();
            LayerRecord current = null;
            long tiles = 0;
            for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof LayerRecord l) {
                    current = l;
                } else if (r instanceof LayerEnd e) {
                    layers.add(new LayerSummary(current, e));
                } else if (r instanceof TraceEnd end) {
                    tiles = end.totalTiles();
                }
            }
            return new TraceSummary(file, reader.minorVersion(), reader.header(), layers, tiles);
        }
    }
}
