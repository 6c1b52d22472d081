package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ComponentHarness.Sent;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

class DeferredTargetSocketTest {

    /** Answers requests in the reverse order of arrival, each a fixed time after the second one arrives. */
    private static final class PairReverser extends Component {
        final ArrayDeque<Transaction> held = new ArrayDeque<>();
        final DeferredTargetSocket in;

        PairReverser(int capacity) {
            in = DeferredTargetSocket.declare(this, "in", capacity, this::accepted);
        }

        private void accepted(Transaction tx) {
            held.push(tx);
            if (held.size() == 2) {
                ctx().after(SimTime.ns(5), () -> {
                    while (!held.isEmpty()) in.respond(held.pop());
                });
            }
        }
    }

    @Test
    void theOwnerDecidesWhenAndInWhichOrderRequestsAreAnswered() {
        ComponentHarness h = ComponentHarness.of(new PairReverser(2));
        h.deliver("in", Transaction.read(1, 0, 8), SimTime.ns(1));
        h.deliver("in", Transaction.read(2, 8, 8), SimTime.ns(2));
        h.run();
        assertThat(h.sent("in")).filteredOn(s -> s.phase() == Phase.BEGIN_RESP)
                .extracting(s -> s.tx().id()).containsExactly(2L, 1L);
        Sent first = h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).findFirst().orElseThrow();
        assertThat(first.timePs()).isEqualTo(SimTime.ns(7));
        assertThat(first.tx().status()).isEqualTo(ResponseStatus.OK);
        assertThat(h.stats().counter("dut.in.requests")).isEqualTo(2);
    }

    /** Answers each request on its own, 5 ns after accepting it. */
    private static final class FixedDelay extends Component {
        final DeferredTargetSocket in = DeferredTargetSocket.declare(this, "in", 1,
                tx -> ctx().after(SimTime.ns(5), () -> this.in.respond(tx)));
    }

    @Test
    void aFullTargetDelaysEndReqUntilAnAnswerIsFinished() {
        ComponentHarness h = ComponentHarness.of(new FixedDelay());
        h.deliver("in", Transaction.read(1, 0, 8), SimTime.ns(1));
        h.deliver("in", Transaction.read(2, 8, 8), SimTime.ns(2));
        h.run();
        Sent accept2 = h.sent("in").stream().filter(s -> s.tx().id() == 2 && s.phase() == Phase.END_REQ)
                .findFirst().orElseThrow();
        // request 1 is answered at 6 ns and its END_RESP arrives 1 ps later: only then is request 2 accepted
        assertThat(accept2.timePs()).isEqualTo(SimTime.ns(6) + 2);
        assertThat(h.stats().get("dut.in.backPressure").orElseThrow().scalar()).isGreaterThan(0);
    }
}
