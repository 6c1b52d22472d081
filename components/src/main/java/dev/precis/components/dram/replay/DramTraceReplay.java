package dev.precis.components.dram.replay;

import dev.precis.components.dram.DramChannelStats;
import dev.precis.components.dram.DramCommandType;
import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramEnergy;
import dev.precis.components.dram.DramEnergyModel;
import dev.precis.components.dram.DramSystem;
import dev.precis.components.dram.DramTransaction;
import dev.precis.components.dram.LatencyHistogram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replays a trace open loop with back-pressure, as DRAMSim3's trace-driven front end does:
 * each cycle the memory system ticks, then the next request is offered if its cycle has
 * come; if the controller's queue is full it waits (one frontend stall cycle) and is
 * offered again the next cycle. At most one request enters per cycle. The run ends when
 * every request has completed. While the whole system is idle and the next request is in
 * the future, cycles are skipped in one step with exactly the effect of ticking them.
 */
public final class DramTraceReplay {

    private DramTraceReplay() {
    }

    /** Replays a DRAMSim3-format trace file (plain or .gz) on {@code config}. */
    public static DramReport run(DramConfig config, Path trace) {
        try (DramTraceReader reader = new DramTraceReader(trace)) {
            return run(config, trace.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + trace + ": " + e.getMessage(), e);
        }
    }

    /** Replays any trace source on {@code config}. */
    public static DramReport run(DramConfig config, String traceName, DramTraceSource source) {
        return run(config, traceName, source, true);
    }

    /**
     * Replays with or without idle-cycle skipping; both give identical reports (skipping only
     * saves wall time), which a test checks.
     */
    public static DramReport run(DramConfig config, String traceName, DramTraceSource source, boolean skipIdleCycles) {
        Completions done = new Completions();
        DramSystem system = new DramSystem(config, (t, cycle) -> done.completed(t, cycle));
        long requests = 0;
        long reads = 0;
        long stalls = 0;
        boolean pending = source.advance();
        long clk = 0;
        while (pending || done.count < requests) {
            system.tick();
            if (pending && source.cycle() <= clk) {
                if (system.willAccept(source.address(), source.isWrite())) {
                    system.add(source.address(), source.isWrite(), null);
                    requests++;
                    if (!source.isWrite()) {
                        reads++;
                    }
                    pending = source.advance();
                } else {
                    stalls++;
                }
            }
            clk++;
            if (skipIdleCycles && pending && source.cycle() > clk && system.isIdle()) {
                long target = Math.min(source.cycle(), system.nextSelfEventCycle());
                if (target > clk) {
                    system.skipIdleUntil(target);
                    clk = target;
                }
            }
        }
        // Cycles run up to and including the one in which the last request completed (DRAMSim3's count).
        return report(config, traceName, system, requests, reads, stalls, requests == 0 ? 0 : done.lastCycle + 1);
    }

    private static final class Completions {
        long count;
        long lastCycle;

        void completed(DramTransaction t, long cycle) {
            count++;
            lastCycle = Math.max(lastCycle, cycle);
        }
    }

    static DramReport report(DramConfig config, String traceName, DramSystem system, long requests, long reads,
                             long stalls, long cycles) {
        DramEnergyModel energyModel = new DramEnergyModel(config);
        LatencyHistogram latency = new LatencyHistogram();
        long[] commands = new long[DramCommandType.COUNT];
        long readCmds = 0, readHits = 0, writeCmds = 0, writeHits = 0;
        DramEnergy energy = DramEnergy.ZERO;
        for (int c = 0; c < system.channelCount(); c++) {
            DramChannelStats s = system.channel(c).stats();
            latency.addAll(s.readLatency());
            for (DramCommandType t : DramCommandType.values()) {
                commands[t.ordinal()] += s.commands(t);
            }
            readCmds += s.readCommands();
            readHits += s.readRowHits();
            writeCmds += s.writeCommands();
            writeHits += s.writeRowHits();
            energy = energy.plus(energyModel.energyOf(s));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DramCommandType t : DramCommandType.values()) {
            counts.put(t.shortName(), commands[t.ordinal()]);
        }
        double tck = config.tckNs();
        double simulatedNs = cycles * tck;
        long bytes = requests * config.organization().requestBytes();
        double bandwidth = simulatedNs > 0 ? bytes / simulatedNs : 0.0;
        // Background energy ran until the system was ticked last; average power over the simulated time.
        double powerMw = simulatedNs > 0 ? energy.totalPj() / simulatedNs : 0.0;
        return new DramReport(config.name(), traceName, requests, reads, requests - reads, cycles, tck, simulatedNs,
                bandwidth, latency.mean(), latency.mean() * tck, latency.percentile(0.99), latency.percentile(0.99) * tck,
                readCmds == 0 ? 0.0 : (double) readHits / readCmds, writeCmds == 0 ? 0.0 : (double) writeHits / writeCmds,
                counts, stalls, energy, powerMw);
    }
}
