package dev.precis.tlm;

import java.nio.file.Path;

/**
 * How to run a model: a time limit (events after it are not run) and optional trace files (off by default).
 *
 * @param timeLimitPs last simulated time at which events still run
 * @param chromeTrace where to write a Chrome trace-event JSON of transactions, or null
 * @param vcd where to write a VCD of the components' signals, or null
 * @param progress told how far the run has got, about every million events
 */
public record RunOptions(long timeLimitPs, Path chromeTrace, Path vcd, ProgressListener progress) {
    public static final RunOptions DEFAULT = new RunOptions(SimTime.MAX, null, null, ProgressListener.NONE);

    public RunOptions {
        if (timeLimitPs < 0) throw new IllegalArgumentException("negative time limit " + timeLimitPs);
        if (progress == null) progress = ProgressListener.NONE;
    }

    public RunOptions withTimeLimit(long ps) {
        return new RunOptions(ps, chromeTrace, vcd, progress);
    }

    public RunOptions withChromeTrace(Path file) {
        return new RunOptions(timeLimitPs, file, vcd, progress);
    }

    public RunOptions withVcd(Path file) {
        return new RunOptions(timeLimitPs, chromeTrace, file, progress);
    }

    public RunOptions withProgress(ProgressListener listener) {
        return new RunOptions(timeLimitPs, chromeTrace, vcd, listener);
    }

    boolean tracing() {
        return chromeTrace != null || vcd != null;
    }
}
