package dev.precis.components.dram.replay;

import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramPresets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of DRAMSim3's reference figures (test resource reference/dram/results.csv, copied from
 * the project's shared reference outputs), and how to replay the same configuration and trace here.
 */
record ReferenceRow(String config, String trace, long reads, long cycles, double bandwidthGBps,
                    double averageReadLatencyCycles, double readRowHitRate, long act, long ref,
                    long frontendStallCycles, double wallSeconds) {

    static List<ReferenceRow> load() {
        try {
            Path csv = resource("reference/dram/results.csv");
            List<String> lines = Files.readAllLines(csv);
            List<String> header = List.of(lines.get(0).split(","));
            List<ReferenceRow> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new ReferenceRow(f[header.indexOf("config")], f[header.indexOf("trace")],
                        Long.parseLong(f[header.indexOf("reads")]), Long.parseLong(f[header.indexOf("cycles")]),
                        Double.parseDouble(f[header.indexOf("bandwidth_GBps")]),
                        Double.parseDouble(f[header.indexOf("avg_read_latency_cycles")]),
                        Double.parseDouble(f[header.indexOf("read_row_hit_rate")]),
                        Long.parseLong(f[header.indexOf("act")]), Long.parseLong(f[header.indexOf("ref")]),
                        Long.parseLong(f[header.indexOf("frontend_stall_cycles")]),
                        Double.parseDouble(f[header.indexOf("wall_s")])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            var url = ReferenceRow.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isLarge() {
        return reads >= 1_000_000;
    }

    /** Replays this row's trace on this row's configuration (seq traces are generated, as the reference defines them). */
    DramReport replay() {
        DramConfig c = DramPresets.load(config);
        return switch (trace) {
            case "seq_1M_64B" -> DramTraceReplay.run(c, trace, new SequentialTraceSource(1_000_000, 64, 1, false));
            case "seq_200k_every8" -> DramTraceReplay.run(c, trace, new SequentialTraceSource(200_000, 64, 8, false));
            default -> DramTraceReplay.run(c, resource("reference/dram/" + trace + ".trace.gz"));
        };
    }

    @Override
    public String toString() {
        return config + " / " + trace;
    }
}
