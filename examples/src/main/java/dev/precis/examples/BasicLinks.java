package dev.precis.examples;

import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.Port;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;

/** Two components bounce a message over a 5 ns link: a link's latency is the only way time passes between them. */
final class BasicLinks implements Example {
    /** Sends the ball back until it has been hit {@code rallies} times. */
    static final class Player extends Component {
        private final Port table = peerPort("table", this::hit);
        private final boolean serves;
        private final int rallies;
        private final StringBuilder log;

        Player(boolean serves, int rallies, StringBuilder log) {
            this.serves = serves;
            this.rallies = rallies;
            this.log = log;
        }

        @Override
        protected void onStart() {
            if (serves) ctx().send(table, Transaction.message(0));
        }

        private void hit(Transaction ball) {
            log.append(String.format("%-8s %s got ball %d%n", SimTime.format(ctx().now()), name(), ball.id()));
            if (ball.id() + 1 < rallies) ctx().send(table, Transaction.message(ball.id() + 1));
        }
    }

    @Override
    public String name() {
        return "basic-links";
    }

    @Override
    public String teaches() {
        return "ports, links and their latency";
    }

    @Override
    public String run() {
        StringBuilder log = new StringBuilder();
        Model.Builder b = Model.builder();
        Player ping = b.add("ping", new Player(true, 5, log));
        Player pong = b.add("pong", new Player(false, 5, log));
        b.link(ping.port("table"), pong.port("table"), SimTime.ns(5));
        SimulationResult r = new SequentialEngine().run(b.build()).orThrow();
        log.append(String.format("%s at %s after %d events%n", r.status(), SimTime.format(r.endTimePs()), r.events()));
        return log.toString();
    }
}
