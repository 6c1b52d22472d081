package dev.precis.examples;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.Port;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;

/**
 * A 250 MHz accelerator works 3 cycles per job and sleeps in between; jobs arrive as messages. A suspended clock
 * costs no events, and a message wakes it at the next clock edge.
 */
final class BasicClocks implements Example {
    static final class Accelerator extends Component {
        private final StringBuilder log;
        private int cyclesLeft;

        Accelerator(StringBuilder log) {
            this.log = log;
            targetPort("jobs", job -> cyclesLeft += 3);
            clock(ClockDomain.ofMHz("core", 250), this::tick);
        }

        private boolean tick(long cycle) {
            if (cyclesLeft == 0) {
                log.append(String.format("%-8s cycle %-3d idle: clock suspended%n", SimTime.format(ctx().now()), cycle));
                return false;
            }
            cyclesLeft--;
            log.append(String.format("%-8s cycle %-3d working, %d cycle(s) left%n", SimTime.format(ctx().now()), cycle,
                    cyclesLeft));
            return true;
        }
    }

    static final class Host extends Component {
        private final Port out = initiatorPort("out", tx -> { });

        @Override
        protected void onStart() {
            ctx().send(out, Transaction.message(1), SimTime.ns(30));
            ctx().send(out, Transaction.message(2), SimTime.ns(101));
        }
    }

    @Override
    public String name() {
        return "basic-clocks";
    }

    @Override
    public String teaches() {
        return "clock handlers that suspend when idle and wake on events";
    }

    @Override
    public String run() {
        StringBuilder log = new StringBuilder();
        Model.Builder b = Model.builder();
        Accelerator acc = b.add("acc", new Accelerator(log));
        Host host = b.add("host", new Host());
        b.link(host.out, acc.port("jobs"), SimTime.ns(2));
        SimulationResult r = new SequentialEngine().run(b.build()).orThrow();
        log.append(String.format("%s at %s after %d events%n", r.status(), SimTime.format(r.endTimePs()), r.events()));
        return log.toString();
    }
}
