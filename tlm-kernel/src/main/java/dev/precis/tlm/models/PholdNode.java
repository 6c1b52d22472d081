package dev.precis.tlm.models;

import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;

import dev.precis.tlm.Component;
import dev.precis.tlm.Port;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A PHOLD logical process (Fujimoto's parallel hold model, the standard PDES benchmark): it starts with a
 * population of events; each event it receives is re-sent to a uniformly random process (itself included) after
 * the lookahead (the link latency) plus an exponential delay. After its budget of events it absorbs the rest,
 * so a run ends by itself.
 */
public final class PholdNode extends Component {
    public static final StatSpec EVENTS = new StatSpec("events", "count", "PHOLD events received");
    private final int index;
    private final int population;
    private final long budget;
    private final long meanDelayPs;
    private final long lookaheadPs;
    /** Port to process j, or null at j == index (self events need no link). */
    private final List<Port> toNode;
    private long handled;
    private Counter received;

    public PholdNode(int index, int nodes, int population, long budget, long lookaheadPs, long meanDelayPs) {
        this.index = index;
        this.population = population;
        this.budget = budget;
        this.lookaheadPs = lookaheadPs;
        this.meanDelayPs = meanDelayPs;
        this.toNode = new ArrayList<>(nodes);
        for (int j = 0; j < nodes; j++) {
            toNode.add(j == index ? null : peerPort("p" + j, this::receive));
        }
    }

    @Override
    protected void onStart() {
        received = ctx().stats().counter(EVENTS);
        for (int i = 0; i < population; i++) forward(Transaction.message(ctx().newTransactionId()));
    }

    @Override
    protected void onEvent(Object event) {
        receive((Transaction) event);
    }

    private void receive(Transaction event) {
        received.increment();
        if (++handled <= budget) forward(event);
    }

    private void forward(Transaction event) {
        SplittableRandom rnd = ctx().random();
        long delay = exponential(rnd);
        int dest = rnd.nextInt(toNode.size());
        if (dest == index) ctx().schedule(lookaheadPs + delay, event);
        else ctx().send(toNode.get(dest), event, delay);
    }

    private long exponential(SplittableRandom rnd) {
        if (meanDelayPs == 0) return 0;
        return Math.round(-meanDelayPs * Math.log(1.0 - rnd.nextDouble()));
    }

    public int index() {
        return index;
    }

    /** Self-description for {@code precis info} and compositions. */
    public static final class Type implements ComponentType {
        private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("phold-node",
                "PHOLD logical process: re-sends each event to a random process after lookahead + exponential delay",
                List.of(ParamSpec.required("index", ParamType.INT, "", "this process's index").atLeast(0),
                        ParamSpec.required("nodes", ParamType.INT, "", "number of processes").atLeast(1),
                        ParamSpec.optional("population", ParamType.INT, "events", "1", "events at time 0").atLeast(0),
                        ParamSpec.optional("budget", ParamType.LONG, "events", Long.toString(Long.MAX_VALUE),
                                "events re-sent before absorbing the rest").atLeast(0),
                        ParamSpec.optional("lookahead", ParamType.TIME, "ps", "1 ns",
                                "link latency, also the delay of self events").atLeast(1),
                        ParamSpec.optional("meanDelay", ParamType.TIME, "ps", "1 ns", "mean of the exponential extra delay").atLeast(0)),
                List.of(new PortSpec("p<j>", PortDirection.PEER, "ONE_WAY events to and from process j (every j but index)")),
                List.of(EVENTS));

        @Override
        public ComponentDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Component create(Params p) {
            return new PholdNode(p.getInt("index"), p.getInt("nodes"), p.getInt("population"), p.getLong("budget"),
                    p.getTimePs("lookahead"), p.getTimePs("meanDelay"));
        }
    }
}
