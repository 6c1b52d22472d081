package dev.precis.sweep.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.io.Report;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.results.OutcomeJson;
import dev.precis.sweep.results.ResultStore;
import dev.precis.sweep.run.SweepTally;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code precis sweep} prints at the end: the summary table (text) or, as JSON, the counts, the files and
 * every recorded point of the sweep as results.jsonl has it, with its Pareto-front flag.
 */
public record SweepReport(List<PointOutcome> outcomes, SweepTally tally, Path out, List<Path> plots,
                          String precisVersion, String evaluatorId) implements Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepReport {
        outcomes = List.copyOf(outcomes);
        plots = List.copyOf(plots);
    }

    @Override
    public String text() {
        StringBuilder b = new StringBuilder(SweepTable.render(outcomes));
        b.append("results: ").append(out.resolve(ResultStore.CSV)).append(", ").append(out.resolve(ResultStore.JSONL))
                .append('\n');
        plots.forEach(p -> b.append("plot: ").append(p).append('\n'));
        return b.toString().replace("\n", System.lineSeparator());
    }

    @Override
    public String json() {
        ObjectNode n = JSON.createObjectNode();
        n.put("points", tally.total());
        n.put("alreadyDone", tally.alreadyDone());
        n.put("ran", tally.ran());
        n.put("failed", outcomes.stream().filter(o -> o instanceof PointOutcome.Failed).count());
        n.put("requeued", tally.requeued());
        n.put("stopped", tally.stopped());
        n.put("csv", out.resolve(ResultStore.CSV).toString());
        n.put("jsonl", out.resolve(ResultStore.JSONL).toString());
        ArrayNode plotNames = n.putArray("plots");
        plots.forEach(p -> plotNames.add(p.toString()));
        List<String> front = SweepTable.paretoKeys(outcomes);
        ArrayNode rows = n.putArray("results");
        try {
            for (PointOutcome o : outcomes) {
                ObjectNode row = (ObjectNode) JSON.readTree(OutcomeJson.toJson(o, precisVersion, evaluatorId));
                row.put("pareto", front.contains(o.key()));
                rows.add(row);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("cannot render the sweep report: " + e.getOriginalMessage(), e);
        }
    }
}
