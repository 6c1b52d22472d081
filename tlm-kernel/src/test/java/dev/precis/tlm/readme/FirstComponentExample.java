package dev.precis.tlm.readme;

import dev.precis.tlm.Component;
import dev.precis.tlm.Engine;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;

/** The README's "write your first component" example, compiled and run by FirstComponentExampleTest. */
public final class FirstComponentExample {
    // README-BEGIN
    /** A memory that serves one request at a time, 10 ns each, holding up to 4 (then back-pressure). */
    static final class TinyMemory extends Component {
        final TargetSocket in = TargetSocket.declare(this, "in", 4, 1, request -> SimTime.ns(10));
    }

    /** Reads three cache lines at time 0 and counts the answers. */
    static final class Cpu extends Component {
        final InitiatorSocket out = InitiatorSocket.declare(this, "out",
                response -> ctx().stats().counter("done", "count", "reads answered").increment());

        @Override
        protected void onStart() {
            for (int i = 0; i < 3; i++) out.send(Transaction.read(ctx().newTransactionId(), 64L * i, 64));
        }
    }

    static SimulationResult run(Engine engine) {
        Model.Builder b = Model.builder();
        Cpu cpu = b.add("soc.cpu", new Cpu());
        TinyMemory mem = b.add("soc.mem", new TinyMemory());
        b.link(cpu.out.port(), mem.in.port(), SimTime.ns(1));
        return engine.run(b.build()).orThrow();
    }
    // README-END

    private FirstComponentExample() {}
}
