package dev.precis.components.dram.replay;

import dev.precis.components.dram.DramConfig;
import java.nio.file.Path;

/**
 * Times trace replays (simulated requests and cycles per wall second), for {@code precis bench dram}.
 */
public final class DramBench {

    private DramBench() {
    }

    /** One measured replay. */
    public record Run(double wallSeconds, long requests, long cycles) {
        public double requestsPerSecond() {
            return requests / wallSeconds;
        }

        public double cyclesPerSecond() {
            return cycles / wallSeconds;
        }
    }

    /** Replays {@code trace} on {@code config} once and times it (trace reading included, as DRAMSim3's wall time includes it). */
    public static Run measure(DramConfig config, Path trace) {
        long start = System.nanoTime();
        DramReport report = DramTraceReplay.run(config, trace);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, report.requests(), report.cycles());
    }
}
