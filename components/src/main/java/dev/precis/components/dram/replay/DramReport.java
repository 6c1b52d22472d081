package dev.precis.components.dram.replay;

import dev.precis.components.dram.DramEnergy;
import java.util.Locale;
import java.util.Map;

/**
 * What a trace replay measured. Cycles are DRAM clock cycles; the run ends when the last
 * request completes. Bandwidth is bytes transferred over simulated time; read latency runs
 * from a request entering the controller queue to its data returning.
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
        double averagePowerMw) {

    public DramReport {
        // Keep the caller's order (act, pre, rd, ...): JSON output must be the same on every run.
        commandCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(commandCounts));
    }

    /** Human-readable summary, one figure per line. */
    public String toText() {
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
}
