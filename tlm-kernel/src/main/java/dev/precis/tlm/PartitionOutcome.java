package dev.precis.tlm;

import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.trace.Signal;
import dev.precis.tlm.trace.SignalChange;
import dev.precis.tlm.trace.TraceEvent;
import java.util.List;

/** What one partition hands back when the run ends. */
record PartitionOutcome(int index, long now, long events, int[] componentIds, long[] digests, List<StatValue> stats,
                        List<OutstandingTransaction> open, List<Signal> signals, List<TraceEvent> traceEvents,
                        List<SignalChange> signalChanges) {
}
