package dev.precis.components.dram.replay;

import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramPresets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark entry point: replays a trace several times and prints wall time, simulated
 * requests per wall second and simulated cycles per wall second. The first run is cold
 * (JIT warming up), as a single command-line run would be.
 *
 * <pre>java -cp ... dev.precis.components.dram.replay.DramBench PRESET TRACE [RUNS]</pre>
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

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: DramBench PRESET|FILE.ini TRACE[.gz] [RUNS=3]");
            System.exit(2);
        }
        DramConfig config = DramPresets.load(args[0]);
        Path trace = Path.of(args[1]);
        int runs = args.length == 3 ? Integer.parseInt(args[2]) : 3;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            Run r = measure(config, trace);
            best = Math.min(best, r.wallSeconds());
            System.out.printf(Locale.ROOT, "run %d: %.3f s wall, %d requests, %d cycles, %.0f requests/s, %.0f cycles/s%s%n",
                    i + 1, r.wallSeconds(), r.requests(), r.cycles(), r.requestsPerSecond(), r.cyclesPerSecond(),
                    i == 0 ? " (cold)" : "");
        }
        System.out.printf(Locale.ROOT, "best: %.3f s wall%n", best);
    }
}
