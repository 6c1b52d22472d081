package dev.precis.examples;

import dev.precis.tlm.Component;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;

/**
 * The approximately-timed protocol with back-pressure: a memory that holds one request at a time gets three; it
 * accepts each (END_REQ) only when the previous one has left, and answers (BEGIN_RESP) after 20 ns of service.
 * Driven by the ComponentHarness, as a unit test would drive it.
 */
final class BasicProtocol implements Example {
    static final class OneAtATimeMemory extends Component {
        OneAtATimeMemory() {
            TargetSocket.declare(this, "in", 1, 1, request -> SimTime.ns(20));
        }
    }

    @Override
    public String name() {
        return "basic-protocol";
    }

    @Override
    public String teaches() {
        return "BEGIN_REQ/END_REQ/BEGIN_RESP/END_RESP, back-pressure, and the ComponentHarness";
    }

    @Override
    public String run() {
        ComponentHarness h = ComponentHarness.of(new OneAtATimeMemory());
        for (int i = 0; i < 3; i++) h.deliver("in", Transaction.read(i, 0x40L * i, 64), SimTime.ns(1 + i));
        h.run().orThrow();
        StringBuilder log = new StringBuilder();
        for (ComponentHarness.Sent s : h.sent()) {
            log.append(String.format("%-10s memory sent %-10s for read #%d%n", SimTime.format(s.timePs()), s.phase(),
                    s.tx().id()));
        }
        log.append(String.format("back-pressure: requests waited %s in total for END_REQ%n",
                SimTime.format((long) h.stats().get("dut.in.backPressure").orElseThrow().scalar())));
        return log.toString();
    }
}
