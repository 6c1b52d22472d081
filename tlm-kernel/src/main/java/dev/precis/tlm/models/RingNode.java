package dev.precis.tlm.models;

import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

import dev.precis.tlm.Component;
import dev.precis.tlm.Port;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Counter;

/**
 * One station of a token ring: forwards every token it receives to the next station, until it has handled
 * its budget of tokens. The kernel's simplest benchmark (SystemC's SC_METHOD ring is its reference).
 */
public final class RingNode extends Component {
    public static final StatSpec TOKENS = new StatSpec("tokens", "count", "tokens received");
    private final Port out;
    private final int initialTokens;
    private final long budget;
    private long handled;
    private Counter received;

    /**
     * @param initialTokens tokens this node injects at time 0
     * @param budget tokens this node forwards before it absorbs the rest (Long.MAX_VALUE: forever)
     */
    public RingNode(int initialTokens, long budget) {
        this.initialTokens = initialTokens;
        this.budget = budget;
        targetPort("in", this::receive);
        this.out = initiatorPort("out", tx -> { });
    }

    @Override
    protected void onStart() {
        received = ctx().stats().counter(TOKENS);
        for (int i = 0; i < initialTokens; i++) ctx().send(out, Transaction.message(ctx().newTransactionId()));
    }

    private void receive(Transaction token) {
        received.increment();
        if (++handled <= budget) ctx().send(out, token);
    }

    /** Self-description for {@code precis info} and compositions. */
    public static final class Type implements ComponentType {
        private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("ring-node",
                "token ring station: forwards each token to the next station (kernel benchmark)",
                List.of(ParamSpec.optional("initialTokens", ParamType.INT, "tokens", "0", "tokens injected at time 0").atLeast(0),
                        ParamSpec.optional("budget", ParamType.LONG, "tokens", Long.toString(Long.MAX_VALUE),
                                "tokens forwarded before absorbing the rest").atLeast(0)),
                List.of(new PortSpec("in", PortDirection.TARGET, "ONE_WAY token messages"),
                        new PortSpec("out", PortDirection.INITIATOR, "ONE_WAY token messages")),
                List.of(TOKENS));

        @Override
        public ComponentDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Component create(Params p) {
            return new RingNode(p.getInt("initialTokens"), p.getLong("budget"));
        }
    }
}
