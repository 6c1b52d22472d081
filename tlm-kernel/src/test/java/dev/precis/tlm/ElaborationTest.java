package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElaborationTest {
    static final class Node extends Component {
        Node() {
            initiatorPort("out", tx -> { });
            targetPort("in", tx -> { });
        }
    }

    @Test
    void unboundPortFailsNamingComponentAndPort() {
        Model.Builder b = Model.builder();
        Node a = b.add("top.a", new Node());
        Node c = b.add("top.c", new Node());
        b.link(a.port("out"), c.port("in"), 1);
        assertThatThrownBy(b::build).isInstanceOf(ElaborationException.class)
                .hasMessageContaining("port in of component top.a is not bound");
    }

    static final class Source extends Component {
        Source() {
            initiatorPort("out", tx -> { });
        }
    }

    /** One required target port and an optional initiator port it sends one request on at start. */
    static final class OptionalOut extends Component {
        final InitiatorSocket spare;

        OptionalOut() {
            targetPort("in", tx -> { });
            spare = InitiatorSocket.declareOptional(this, "spare", tx -> { });
        }

        @Override
        protected void onStart() {
            spare.send(Transaction.read(ctx().newTransactionId(), 0, 64));
        }
    }

    @Test
    void optionalPortMayStayUnboundButSendingOnItFailsNamingIt() {
        Model.Builder b = Model.builder();
        Source s = b.add("top.s", new Source());
        OptionalOut o = b.add("top.o", new OptionalOut());
        b.link(s.port("out"), o.port("in"), 1);
        Model m = b.build();
        assertThat(o.spare.port().isOptional()).isTrue();
        assertThat(o.spare.port().isBound()).isFalse();
        SimulationResult r = new SequentialEngine().run(m, RunOptions.DEFAULT);
        assertThat(r.ok()).isFalse();
        assertThat(r.failureIfAny().orElseThrow().toString()).contains("top.o").contains("spare").contains("not linked");
    }

    @Test
    void portBoundTwiceFails() {
        Model.Builder b = Model.builder();
        Node a = b.add("a", new Node());
        Node c = b.add("c", new Node());
        Node d = b.add("d", new Node());
        b.link(a.port("out"), c.port("in"), 1).link(a.port("out"), d.port("in"), 1);
        assertThatThrownBy(b::build).hasMessageContaining("port out of component a is bound twice");
    }

    @Test
    void duplicateNameFails() {
        Model.Builder b = Model.builder();
        b.add("top.a", new Node());
        assertThatThrownBy(() -> b.add("top.a", new Node())).isInstanceOf(ElaborationException.class)
                .hasMessageContaining("duplicate component name 'top.a'");
    }

    @Test
    void latencyBelowOnePicosecondFails() {
        Model.Builder b = Model.builder();
        Node a = b.add("a", new Node());
        b.link(a.port("out"), a.port("in"), 0);
        assertThatThrownBy(b::build).hasMessageContaining("a.out <-> a.in has latency 0 ps");
    }

    @Test
    void initiatorCannotLinkToInitiator() {
        Model.Builder b = Model.builder();
        Node a = b.add("a", new Node());
        Node c = b.add("c", new Node());
        b.link(a.port("out"), c.port("out"), 1);
        assertThatThrownBy(b::build).hasMessageContaining("cannot link port out of component a (INITIATOR)");
    }

    @Test
    void badNamesAndUnknownPortsFailWithTheKnownPorts() {
        Model.Builder b = Model.builder();
        assertThatThrownBy(() -> b.add("top..a", new Node())).hasMessageContaining("invalid component name");
        Node a = b.add("a", new Node());
        assertThatThrownBy(() -> a.port("nope")).hasMessageContaining("its ports: out, in");
        assertThatThrownBy(() -> b.link("a.nope", "a.in", 1)).hasMessageContaining("has no port 'nope'");
    }

    @Test
    void componentsAreNumberedBySortedNameWhateverTheOrderAdded() {
        Model.Builder b = Model.builder();
        Node z = b.add("z", new Node());
        Node a = b.add("a", new Node());
        b.link(z.port("out"), a.port("in"), 1).link(a.port("out"), z.port("in"), 1);
        Model m = b.build();
        assertThat(m.components()).extracting(Component::name).containsExactly("a", "z");
        assertThat(m.minLinkLatencyPs()).isEqualTo(1);
    }

    @Test
    void aModelRunsOnlyOnce() {
        Model.Builder b = Model.builder();
        Node a = b.add("a", new Node());
        b.link(a.port("out"), a.port("in"), 1);
        Model m = b.build();
        new SequentialEngine().run(m);
        assertThatThrownBy(() -> new SequentialEngine().run(m)).hasMessageContaining("already run");
    }
}
