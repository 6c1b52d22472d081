package dev.precis.tlm;

import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsSnapshot;
import dev.precis.tlm.trace.ChromeTraceWriter;
import dev.precis.tlm.trace.Signal;
import dev.precis.tlm.trace.SignalChange;
import dev.precis.tlm.trace.TraceEvent;
import dev.precis.tlm.trace.VcdWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges partition outcomes into one {@link SimulationResult} and writes the trace files; shared by both engines. */
final class ResultAssembler {
    private ResultAssembler() {}

    static SimulationResult assemble(Model model, RunOptions options, List<PartitionOutcome> outcomes,
                                     RunStatus pendingStatus, String stopReason, ComponentFailure failure,
                                     long wallNanos) {
        int n = model.components().size();
        long[] digests = new long[n];
        long events = 0;
        long end = 0;
        List<StatValue> stats = new ArrayList<>();
        List<OutstandingTransaction> open = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        List<TraceEvent> traceEvents = new ArrayList<>();
        List<SignalChange> changes = new ArrayList<>();
        for (PartitionOutcome o : outcomes) {
            for (int i = 0; i < o.componentIds().length; i++) digests[o.componentIds()[i]] = o.digests()[i];
            events += o.events();
            end = Math.max(end, o.now());
            stats.addAll(o.stats());
            open.addAll(o.open());
            signals.addAll(o.signals());
            traceEvents.addAll(o.traceEvents());
            changes.addAll(o.signalChanges());
        }
        long combined = 0xcbf29ce484222325L;
        List<Long> perComponent = new ArrayList<>(n);
        for (long d : digests) {
            combined = (combined ^ d) * 0x100000001b3L;
            combined ^= combined >>> 31;
            perComponent.add(d);
        }
        RunStatus status = pendingStatus;
        DeadlockReport deadlock = null;
        if (failure != null) {
            status = RunStatus.FAILED;
        } else if (status == RunStatus.COMPLETED && !open.isEmpty()) {
            open.sort(Comparator.comparingLong(OutstandingTransaction::beganAtPs)
                    .thenComparing(OutstandingTransaction::initiator).thenComparing(OutstandingTransaction::transaction));
            deadlock = new DeadlockReport(end, List.copyOf(open));
            status = RunStatus.DEADLOCK;
        }
        if (options.chromeTrace() != null) {
            List<String> names = new ArrayList<>(n);
            for (Component c : model.components()) names.add(c.name());
            ChromeTraceWriter.write(options.chromeTrace(), names, traceEvents);
        }
        if (options.vcd() != null) {
            signals.sort(Comparator.comparingInt(Signal::id));
            VcdWriter.write(options.vcd(), signals, changes);
        }
        return new SimulationResult(status, end, events, combined, List.copyOf(perComponent),
                new StatsSnapshot(stats), stopReason, failure, deadlock, wallNanos);
    }
}
