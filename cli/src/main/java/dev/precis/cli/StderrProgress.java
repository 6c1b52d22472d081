package dev.precis.cli;

import dev.precis.tlm.ProgressListener;
import dev.precis.tlm.SimTime;
import java.io.PrintWriter;

/** Prints a progress line on stderr at most every two seconds of wall time. */
final class StderrProgress implements ProgressListener {
    private static final long EVERY_NS = 2_000_000_000L;
    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    private long last = start;

    StderrProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void progress(long simTimePs, long events) {
        long now = System.nanoTime();
        if (now - last < EVERY_NS) return;
        last = now;
        double s = (now - start) / 1e9;
        err.printf("%s: %,d events, simulated %s, %.1f s, %.2f M events/s%n", label, events, SimTime.format(simTimePs), s,
                events / s / 1e6);
        err.flush();
    }
}
