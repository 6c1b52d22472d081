package dev.precis.tlm;

import dev.precis.tlm.trace.SignalChange;
import dev.precis.tlm.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/** What one partition records while tracing is on; merged and sorted when the run ends. */
final class Tracer {
    final boolean chrome;
    final boolean vcd;
    final List<TraceEvent> events = new ArrayList<>();
    final List<SignalChange> changes = new ArrayList<>();

    Tracer(boolean chrome, boolean vcd) {
        this.chrome = chrome;
        this.vcd = vcd;
    }
}
