package dev.precis.examples;

import dev.precis.tlm.Model;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.models.SimpleMemory;
import dev.precis.tlm.models.TrafficGenerator;
import dev.precis.tlm.stats.StatsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Counters, accumulators and histograms registered per component under hierarchical names, dumped as CSV (JSON
 * works the same way): a traffic generator's latency statistics against a memory it overloads.
 */
final class BasicStatistics implements Example {
    @Override
    public String name() {
        return "basic-statistics";
    }

    @Override
    public String teaches() {
        return "statistics under hierarchical names, and their CSV dump";
    }

    @Override
    public String run() {
        Model.Builder b = Model.builder().seed(7);
        TrafficGenerator gen = b.add("soc.cpu", new TrafficGenerator(50, SimTime.ns(4), 1 << 16, 64, 0.25));
        SimpleMemory mem = b.add("soc.mem", new SimpleMemory(2, 1, SimTime.ns(10), 0));
        b.link(gen.port("out"), mem.port("in"), SimTime.ns(1));
        SimulationResult r = new SequentialEngine().run(b.build()).orThrow();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            StatsWriter.writeCsv(r.stats(), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString(StandardCharsets.UTF_8);
    }
}
