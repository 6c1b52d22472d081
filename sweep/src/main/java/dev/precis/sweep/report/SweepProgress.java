package dev.precis.sweep.report;

import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.run.SweepListener;
import dev.precis.sweep.run.SweepTally;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The sweep's progress on stderr: a progress bar (points done, rate, ETA) when stderr is a terminal, otherwise a
 * plain line every {@link #PLAIN_EVERY} (and at the end), so logs of batch jobs stay readable.
 */
public final class SweepProgress implements SweepListener {

    static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long startNs;
    private long lastLineNs;
    private int startedFrom;
    private int failed;

    /** Progress lines to {@code err}; the bar (when {@code terminal}) draws on the process's stderr. */
    public SweepProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether this process's stderr is a terminal (Linux: fd 2 links to a tty). */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void started(int total, int alreadyDone) {
        startNs = System.nanoTime();
        lastLineNs = startNs;
        startedFrom = alreadyDone;
        if (alreadyDone > 0) err.println("sweep: " + alreadyDone + " of " + total + " points already recorded, skipped");
        err.flush();
        if (terminal && alreadyDone < total) {
            bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().setUnit(" points", 1)
                    .startsFrom(alreadyDone, Duration.ZERO).setUpdateIntervalMillis(500).build();
        }
    }

    @Override
    public synchronized void finished(PointOutcome outcome, int done, int total) {
        if (outcome instanceof PointOutcome.Failed) failed++;
        if (bar != null) {
            bar.stepTo(done);
            if (failed > 0) bar.setExtraMessage(failed + " failed");
            return;
        }
        long now = System.nanoTime();
        if (now - lastLineNs >= PLAIN_EVERY.toNanos() || done == total) {
            lastLineNs = now;
            err.println(line(done, total, now));
            err.flush();
        }
    }

    @Override
    public synchronized void requeued(String pointLabel, String worker) {
        err.println("sweep: worker " + worker + " went away; its point " + pointLabel + " runs again elsewhere");
        err.flush();
    }

    @Override
    public synchronized void refused(String worker, String reason) {
        err.println("sweep: refused worker " + worker + ": " + reason);
        err.flush();
    }

    @Override
    public synchronized void ended(SweepTally tally) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (tally.stopped()) {
            err.println("sweep: stopped with " + tally.remaining() + " of " + tally.total()
                    + " points left; rerun the same command to resume");
        }
        err.flush();
    }

    private String line(int done, int total, long now) {
        double seconds = (now - startNs) / 1e9;
        int ranHere = done - startedFrom;
        double rate = seconds > 0 ? ranHere / seconds : 0;
        String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f s", (total - done) / rate) : "?";
        return String.format(Locale.ROOT, "sweep: %d/%d points%s, %.2f points/s, ETA %s", done, total,
                failed > 0 ? " (" + failed + " failed)" : "", rate, eta);
    }
}
