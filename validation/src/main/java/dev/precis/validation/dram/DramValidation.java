package dev.precis.validation.dram;

import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramPresets;
import dev.precis.components.dram.replay.DramReport;
import dev.precis.components.dram.replay.DramTraceReplay;
import dev.precis.components.dram.replay.SequentialTraceSource;
import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.data.CsvTable;
import dev.precis.validation.data.ReferenceData;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DRAMSim3: the DRAM model's trace replay ({@code components/.../dram/replay}) on DRAMSim3's DDR4-2400 and HBM2
 * configurations and the reference traces, against DRAMSim3's figures (reference/dram/results.csv): bandwidth,
 * average read latency, read row-hit rate, ACT and REF counts, each within 5% (the components' agreement rule).
 * A quick run replays the four 200k-request rows; a full run adds the two saturating 1M-request rows.
 */
public final class DramValidation implements Experiment {

    private static final String SOURCE = "DRAMSim3 (commit 29817593) %s, trace %s";
    private static final double TOLERANCE = 0.05;
    /** results.csv prints rates with four decimals. */
    private static final double RATE_ROUNDING = 0.00005;

    @Override
    public String name() {
        return "dram";
    }

    @Override
    public String title() {
        return "DRAM: trace replay against DRAMSim3 (DDR4-2400, HBM2)";
    }

    @Override
    public ExperimentResult run(Scope scope, ValidationProgress progress) {
        CsvTable reference = ReferenceData.csv("dram/results.csv");
        List<Check> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> latencyRef = new ArrayList<>();
        List<Double> latencyOurs = new ArrayList<>();
        List<Double> bandwidthRef = new ArrayList<>();
        List<Double> bandwidthOurs = new ArrayList<>();
        for (CsvTable.Row row : reference.rows()) {
            String config = row.text("config");
            String trace = row.text("trace");
            if (scope.quick() && row.number("reads") >= 1_000_000) {
                continue;
            }
            progress.step(name(), config + " / " + trace);
            DramReport ours = replay(config, trace);
            if (ours.reads() != (long) row.number("reads")) {
                throw new IllegalStateException(trace + ": replayed " + ours.reads() + " reads, DRAMSim3 "
                        + (long) row.number("reads"));
            }
            String source = String.format(SOURCE, config, trace);
            String id = "dram." + config + "." + trace + ".";
            checks.add(Check.relative(id + "bandwidth", source, "bandwidth GB/s", row.number("bandwidth_GBps"),
                    ours.bandwidthGBps(), TOLERANCE));
            checks.add(Check.relative(id + "readLatency", source, "average read latency (cycles)",
                    row.number("avg_read_latency_cycles"), ours.averageReadLatencyCycles(), TOLERANCE));
            checks.add(Check.withinRounding(id + "rowHitRate", source,
                    "read row-hit rate (or within 0.00005: printed to 4 decimals)", row.number("read_row_hit_rate"),
                    ours.readRowHitRate(), TOLERANCE, RATE_ROUNDING));
            checks.add(Check.relative(id + "act", source, "ACT commands", row.number("act"),
                    ours.commandCounts().getOrDefault("act", 0L), TOLERANCE));
            checks.add(Check.relative(id + "ref", source, "REF commands", row.number("ref"),
                    ours.commandCounts().getOrDefault("ref", 0L), TOLERANCE));
            names.add(config.replace("_8Gb", "") + " " + trace);
            latencyRef.add(row.number("avg_read_latency_cycles"));
            latencyOurs.add(ours.averageReadLatencyCycles());
            bandwidthRef.add(row.number("bandwidth_GBps"));
            bandwidthOurs.add(ours.bandwidthGBps());
        }
        List<Plot> plots = List.of(
                new BarPlot("dram-latency.png", "DRAM average read latency", "cycles", names,
                        List.of(new Plot.Series("DRAMSim3", latencyRef), new Plot.Series("Precis", latencyOurs))),
                new BarPlot("dram-bandwidth.png", "DRAM bandwidth", "GB/s", names,
                        List.of(new Plot.Series("DRAMSim3", bandwidthRef), new Plot.Series("Precis", bandwidthOurs))));
        List<String> assumptions = List.of(
                "Precis' presets of DRAMSim3's own DDR4_8Gb_x8_2400.ini and HBM2_8Gb_x128.ini (same timings, "
                        + "organisation, address mapping, queues and policies).",
                "Open-loop replay with back-pressure as DRAMSim3's trace front end: a request enters at its cycle or "
                        + "at the first cycle the transaction queue accepts it; the run ends when the last read "
                        + "returns; latency from entering the queue to data returning.",
                "The sequential traces are generated as the reference defines them (line i: 0x{i*64} READ i, or "
                        + "READ 8i); the random traces are DRAMSim3's input files, shipped in the module.");
        List<String> gaps = scope.quick()
                ? List.of("Quick run: the two saturating 1M-request rows are not replayed.") : List.of();
        return new ExperimentResult(name(), title(), scope, checks, plots, assumptions, gaps, "", Map.of());
    }

    private static DramReport replay(String config, String trace) {
        DramConfig c = DramPresets.load(config);
        return switch (trace) {
            case "seq_1M_64B" -> DramTraceReplay.run(c, trace, new SequentialTraceSource(1_000_000, 64, 1, false));
            case "seq_200k_every8" -> DramTraceReplay.run(c, trace, new SequentialTraceSource(200_000, 64, 8, false));
            default -> DramTraceReplay.run(c, ReferenceData.path("dram/" + trace + ".trace.gz"));
        };
    }
}
