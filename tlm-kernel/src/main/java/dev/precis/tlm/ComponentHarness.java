package dev.precis.tlm;

import dev.precis.tlm.stats.StatsSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one component in a unit test, with no engine knowledge needed: script what arrives on its ports and
 * when, let the harness answer its requests, run, then assert on what it sent and when.
 *
 * <pre>{@code
 * ComponentHarness h = ComponentHarness.of(new MyMemory());
 * h.deliver("in", Transaction.read(1, 0x40, 64), SimTime.ns(10));
 * h.run();
 * assertThat(h.sent("in")).extracting(Sent::phase).containsExactly(Phase.END_REQ, Phase.BEGIN_RESP);
 * }</pre>
 *
 * Every port of the component is linked (1 ps) to a harness peer. Times reported by {@link #sent()} are the
 * times the component sent, not arrival times. A BEGIN_REQ is delivered at its scripted time, or right after
 * the component accepted the previous one (END_REQ), as the protocol requires. The run uses the
 * SequentialEngine, so it has the reference semantics.
 */
public final class ComponentHarness {
    /** One transaction the component sent: when, on which of its ports, what. */
    public record Sent(long timePs, String port, Transaction tx) {
        public Phase phase() {
            return tx.phase();
        }
    }

    static final long LINK_PS = 1;

    private final Component component;
    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Model model;
    private SimulationResult result;

    private ComponentHarness(String name, Component component, long seed) {
        this.component = component;
        Model.Builder b = Model.builder().seed(seed);
        b.add(name, component);
        int i = 0;
        for (Port p : component.ports()) {
            Peer peer = b.add("harness.peer" + i++, new Peer(p.name(), opposite(p.direction())));
            peers.put(p.name(), peer);
            b.link(p, peer.port, LINK_PS);
        }
        this.model = b.build();
    }

    /** A harness around {@code component}, named {@code dut}, seed 1. */
    public static ComponentHarness of(Component component) {
        return new ComponentHarness("dut", component, 1);
    }

    public static ComponentHarness of(String name, Component component, long seed) {
        return new ComponentHarness(name, component, seed);
    }

    /** Delivers {@code tx} (in the phase it carries) to the component's port {@code port} at {@code atPs} (>= 1 ps). */
    public ComponentHarness deliver(String port, Transaction tx, long atPs) {
        if (atPs < LINK_PS) {
            throw new IllegalArgumentException("the earliest delivery time is " + LINK_PS + " ps (the harness link latency)");
        }
        peer(port).script.add(new Scripted(atPs - LINK_PS, tx));
        return this;
    }

    /**
     * Answers the requests the component sends on its initiator port {@code port}: END_REQ at once, BEGIN_RESP
     * {@code latencyPs} later (one at a time, after each END_RESP); LT_REQUEST gets LT_RESPONSE annotated with
     * {@code latencyPs}.
     */
    public ComponentHarness autoRespond(String port, long latencyPs) {
        Peer p = peer(port);
        if (p.port.direction() != PortDirection.TARGET) {
            throw new IllegalArgumentException("port " + port + " of " + component.name() + " is not an initiator port");
        }
        p.respondAfterPs = latencyPs;
        return this;
    }

    public SimulationResult run() {
        return runUntil(SimTime.MAX);
    }

    /** Runs until no event is left or {@code limitPs}; a harness runs once. */
    public SimulationResult runUntil(long limitPs) {
        if (result != null) throw new IllegalStateException("this harness already ran; create a new one");
        result = new SequentialEngine().run(model, RunOptions.DEFAULT.withTimeLimit(limitPs));
        return result;
    }

    /** Everything the component sent, in time order. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** What the component sent on {@code port}. */
    public List<Sent> sent(String port) {
        peer(port);
        return sent.stream().filter(s -> s.port().equals(port)).toList();
    }

    /** The component's statistics (the harness peers register none). */
    public StatsSnapshot stats() {
        if (result == null) throw new IllegalStateException("run the harness first");
        return result.stats();
    }

    private Peer peer(String port) {
        Peer p = peers.get(port);
        if (p == null) {
            throw new IllegalArgumentException(component.name() + " has no port '" + port + "'; its ports: " + peers.keySet());
        }
        return p;
    }

    private static PortDirection opposite(PortDirection d) {
        switch (d) {
            case INITIATOR: return PortDirection.TARGET;
            case TARGET: return PortDirection.INITIATOR;
            default: return PortDirection.PEER;
        }
    }

    private record Scripted(long sendAtPs, Transaction tx) {}

    /** The far end of one port: sends the script, records what arrives, answers if asked to. */
    private final class Peer extends Component {
        final Port port;
        final List<Scripted> script = new ArrayList<>();
        final ArrayDeque<Transaction> heldRequests = new ArrayDeque<>();
        final ArrayDeque<Transaction> responses = new ArrayDeque<>();
        final String dutPort;
        long respondAfterPs = -1;
        boolean awaitingEndReq;
        long awaitingEndReqId;
        boolean awaitingEndResp;

        Peer(String dutPort, PortDirection direction) {
            this.dutPort = dutPort;
            this.port = declarePort("port", direction, this::arrived);
        }

        @Override
        protected void onStart() {
            for (Scripted s : script) ctx().schedule(s.sendAtPs(), s.tx());
        }

        @Override
        protected void onEvent(Object event) {
            if (event instanceof Transaction tx) {
                if (tx.phase() == Phase.BEGIN_REQ && awaitingEndReq) heldRequests.add(tx);
                else emit(tx);
            }
        }

        private void emit(Transaction tx) {
            if (tx.phase() == Phase.BEGIN_REQ) {
                awaitingEndReq = true;
                awaitingEndReqId = tx.id();
            }
            ctx().send(port, tx);
        }

        private void arrived(Transaction tx) {
            sent.add(new Sent(ctx().now() - LINK_PS, dutPort, tx));
            switch (tx.phase()) {
                case END_REQ:
                    if (awaitingEndReq && tx.id() == awaitingEndReqId) requestAccepted();
                    break;
                case BEGIN_RESP:
                    if (awaitingEndReq && tx.id() == awaitingEndReqId) requestAccepted();
                    ctx().send(port, tx.withPhase(Phase.END_RESP));
                    break;
                case BEGIN_REQ:
                    if (respondAfterPs >= 0) {
                        ctx().send(port, tx.withPhase(Phase.END_REQ));
                        ctx().after(respondAfterPs, () -> {
                            responses.add(tx.withStatus(ResponseStatus.OK).withPhase(Phase.BEGIN_RESP));
                            nextResponse();
                        });
                    }
                    break;
                case END_RESP:
                    awaitingEndResp = false;
                    nextResponse();
                    break;
                case LT_REQUEST:
                    if (respondAfterPs >= 0) ctx().send(port, tx.ltResponse(ResponseStatus.OK, respondAfterPs));
                    break;
                default:
                    break;
            }
        }

        private void requestAccepted() {
            awaitingEndReq = false;
            if (!heldRequests.isEmpty()) emit(heldRequests.poll());
        }

        private void nextResponse() {
            if (awaitingEndResp || responses.isEmpty()) return;
            awaitingEndResp = true;
            ctx().send(port, responses.poll());
        }
    }
}
