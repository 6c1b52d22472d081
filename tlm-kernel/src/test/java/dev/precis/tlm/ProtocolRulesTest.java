package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kernel enforces the base protocol's rules and names the component that broke them. */
class ProtocolRulesTest {
    /** Sends two requests at once, ignoring back-pressure. */
    static final class Greedy extends Component {
        final Port out = initiatorPort("out", tx -> { });

        @Override
        protected void onStart() {
            ctx().send(out, Transaction.read(ctx().newTransactionId(), 0, 64));
            ctx().send(out, Transaction.read(ctx().newTransactionId(), 64, 64));
        }
    }

    /** Tries to send a request from its target port. */
    static final class WrongWay extends Component {
        final Port in = targetPort("in", tx -> { });

        @Override
        protected void onStart() {
            ctx().send(in, Transaction.read(1, 0, 64));
        }
    }

    static final class SilentTarget extends Component {
        final Port in = targetPort("in", tx -> { });
    }

    static final class SilentInitiator extends Component {
        final Port out = initiatorPort("out", tx -> { });
    }

    @Test
    void aSecondBeginReqBeforeEndReqIsAFailure() {
        Model.Builder b = Model.builder();
        Greedy g = b.add("g", new Greedy());
        SilentTarget s = b.add("s", new SilentTarget());
        b.link(g.out, s.in, 1);
        SimulationResult r = new SequentialEngine().run(b.build());
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("component g").contains("before the previous request got END_REQ");
    }

    @Test
    void aTargetPortCannotSendARequest() {
        Model.Builder b = Model.builder();
        WrongWay w = b.add("w", new WrongWay());
        SilentInitiator s = b.add("s", new SilentInitiator());
        b.link(s.out, w.in, 1);
        SimulationResult r = new SequentialEngine().run(b.build());
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("sent BEGIN_REQ on TARGET port in");
    }

    @Test
    void transactionsAreImmutableAndCarryTypedExtensions() {
        ExtensionKey<Integer> precision = ExtensionKey.of("precisionBits", Integer.class);
        Transaction t = Transaction.read(1, 0x80, 32);
        Transaction t4 = t.withExtension(precision, 4);
        assertThat(t.extension(precision)).isEmpty();
        assertThat(t4.extension(precision)).contains(4);
        assertThat(t4.withExtension(precision, 8).extension(precision)).contains(8);
        assertThat(t4.withPhase(Phase.END_REQ).extension(precision)).contains(4);
        assertThat(t4.toString()).contains("precisionBits=4");
    }
}
