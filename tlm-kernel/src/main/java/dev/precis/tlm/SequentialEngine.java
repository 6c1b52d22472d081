package dev.precis.tlm;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One thread, one priority queue: the reference semantics of Precis, and the fastest engine for small models.
 */
public final class SequentialEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(SequentialEngine.class);
    static final long PROGRESS_EVERY_EVENTS = 1 << 20;

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public SimulationResult run(Model model, RunOptions options) {
        model.claim();
        long wallStart = System.nanoTime();
        int[] partitionOf = new int[model.components().size()];
        Tracer tracer = options.tracing() ? new Tracer(options.chromeTrace() != null, options.vcd() != null) : null;
        Partition p = new Partition(0, model, partitionOf, 1, tracer);
        p.start();
        long endExclusive = options.timeLimitPs() == Long.MAX_VALUE ? Long.MAX_VALUE : options.timeLimitPs() + 1;
        if (p.failure == null) runReportingProgress(p, endExclusive, options.progress());
        RunStatus status;
        if (p.stopAtExclusive != Long.MAX_VALUE) status = RunStatus.STOPPED;
        else if (p.nextEventTime() != Long.MAX_VALUE) status = RunStatus.TIME_LIMIT;
        else status = RunStatus.COMPLETED;
        PartitionOutcome outcome = p.finish(true, p.now);
        SimulationResult result = ResultAssembler.assemble(model, options, List.of(outcome), status, p.stopReason,
                p.failure, System.nanoTime() - wallStart);
        log(result);
        return result;
    }

    /** Runs in slices of about a million events so progress can be reported between them. */
    private static void runReportingProgress(Partition p, long endExclusive, ProgressListener progress) {
        if (progress == ProgressListener.NONE) {
            p.runUntil(endExclusive);
            return;
        }
        while (p.failure == null) {
            long before = p.events;
            p.runSlice(endExclusive, PROGRESS_EVERY_EVENTS);
            progress.progress(p.now, p.events);
            if (p.events - before < PROGRESS_EVERY_EVENTS) return;
        }
    }

    static void log(SimulationResult r) {
        MDC.put(SimLogger.MDC_SIM_TIME, SimTime.format(r.endTimePs()));
        try {
            if (r.status() == RunStatus.FAILED) LOG.warn("run failed: {}", r.failure().message());
            else if (r.status() == RunStatus.DEADLOCK) LOG.warn("{}", r.deadlock().describe());
            else LOG.debug("run ended {} after {} events", r.status(), r.events());
        } finally {
            MDC.remove(SimLogger.MDC_SIM_TIME);
        }
    }
}
