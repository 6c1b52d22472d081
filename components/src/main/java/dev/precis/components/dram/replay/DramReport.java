package dev.precis.components.dram.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.components.dram.DramEnergy;
import dev.precis.components.report.JsonLine;
import dev.precis.io.Report;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a trace replay measured. Cycles are DRAM clock cycles; the run ends when the last
 * request completes. Bandwidth is bytes transferred over simulated time; read latency runs
 * from a request entering the controller queue to its data returning. The record's fields are its JSON form,
 * {@link #text} its text form; {@link #withConfigNotes} adds what the configuration did not give.
 *
 * @param commandCounts commands issued over all channels by mnemonic (act, pre, rd, rda, wr, wra, ref)
 * @param frontendStallCycles cycles a due request waited because the controller queue was full
 */
public record DramReport(
        String config,
        String trace,
        long requests,
        long reads,
        long writes,
        long cycles,
        double tckNs,
        double simulatedNs,
        double bandwidthGBps,
        double averageReadLatencyCycles,
        double averageReadLatencyNs,
        long p99ReadLatencyCycles,
        double p99ReadLatencyNs,
        double readRowHitRate,
        double writeRowHitRate,
        Map<String, Long> commandCounts,
        long frontendStallCycles,
        DramEnergy energy,
        double averagePowerMw) implements Report {

    public DramReport {
        // Keep the caller's order (act, pre, rd, ...): JSON output must be the same on every run.
        commandCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(commandCounts));
    }

    /** Human-readable summary, one figure per line. */
    @Override
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "config                 %s%n", config));
        b.append(String.format(Locale.ROOT, "trace                  %s%n", trace));
        b.append(String.format(Locale.ROOT, "requests               %d (reads %d, writes %d)%n", requests, reads, writes));
        b.append(String.format(Locale.ROOT, "simulated cycles       %d (tCK %.3f ns, %.1f ns)%n", cycles, tckNs, simulatedNs));
        b.append(String.format(Locale.ROOT, "bandwidth              %.3f GB/s%n", bandwidthGBps));
        b.append(String.format(Locale.ROOT, "read latency avg       %.2f cycles (%.2f ns)%n", averageReadLatencyCycles, averageReadLatencyNs));
        b.append(String.format(Locale.ROOT, "read latency p99       %d cycles (%.2f ns)%n", p99ReadLatencyCycles, p99ReadLatencyNs));
        b.append(String.format(Locale.ROOT, "read row-hit rate      %.4f%n", readRowHitRate));
        b.append(String.format(Locale.ROOT, "write row-hit rate     %.4f%n", writeRowHitRate));
        b.append("commands              ");
        for (String k : new String[] {"act", "pre", "rd", "rda", "wr", "wra", "ref"}) {
            b.append(' ').append(k).append('=').append(commandCounts.getOrDefault(k, 0L));
        }
        b.append(System.lineSeparator());
        b.append(String.format(Locale.ROOT, "frontend stall cycles  %d%n", frontendStallCycles));
        b.append(String.format(Locale.ROOT, "energy                 %.1f pJ (act %.1f, rd %.1f, wr %.1f, ref %.1f, background %.1f)%n",
                energy.totalPj(), energy.activatePj(), energy.readPj(), energy.writePj(), energy.refreshPj(), energy.backgroundPj()));
        b.append(String.format(Locale.ROOT, "average power          %.1f mW%n", averagePowerMw));
        return b.toString();
    }

    @Override
    public String json() {
        return withConfigNotes(List.of()).json();
    }

    /** This report with the values Precis filled because the configuration did not give them (one line each). */
    public Report withConfigNotes(List<String> notes) {
        return new WithConfigNotes(this, notes);
    }

    /**
     * A replay's report and its configuration notes: the text form lists the notes after the figures, the JSON
     * form adds them as {@code configNotes}.
     */
    private record WithConfigNotes(DramReport report, List<String> notes) implements Report {
        WithConfigNotes {
            notes = List.copyOf(notes);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder(report.text());
            for (String note : notes) b.append("config note            ").append(note).append(System.lineSeparator());
            return b.toString();
        }

        @Override
        public String json() {
            ObjectNode node = JsonLine.tree(report);
            node.set("configNotes", JsonLine.tree(notes));
            return JsonLine.of(node);
        }
    }
}
