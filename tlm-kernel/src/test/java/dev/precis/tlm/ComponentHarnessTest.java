package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.models.SimpleMemory;
import dev.precis.tlm.models.TrafficGenerator;
import org.junit.jupiter.api.Test;

/** The harness drives a component alone; here it checks the kernel's protocol helpers through real components. */
class ComponentHarnessTest {
    @Test
    void memoryAcceptsAtOnceAndAnswersAfterItsLatency() {
        ComponentHarness h = ComponentHarness.of(new SimpleMemory(4, 1, SimTime.ns(20), 0));
        h.deliver("in", Transaction.read(7, 0x40, 64), SimTime.ns(10));
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.sent("in")).extracting(Sent::phase).containsExactly(Phase.END_REQ, Phase.BEGIN_RESP);
        assertThat(h.sent("in")).extracting(Sent::timePs).containsExactly(SimTime.ns(10), SimTime.ns(30));
        assertThat(h.sent("in").get(1).tx().status()).isEqualTo(ResponseStatus.OK);
        assertThat(h.stats().counter("dut.in.requests")).isEqualTo(1);
    }

    @Test
    void aFullMemoryDelaysEndReqWhichIsBackPressure() {
        ComponentHarness h = ComponentHarness.of(new SimpleMemory(1, 1, SimTime.ns(20), 0));
        h.deliver("in", Transaction.read(1, 0x00, 64), SimTime.ns(1));
        h.deliver("in", Transaction.read(2, 0x40, 64), SimTime.ns(2));
        h.run();
        // Request 2 is accepted only when request 1 has left the memory (after its END_RESP at 21 ns + 1 ps).
        Sent accept2 = h.sent("in").stream().filter(s -> s.tx().id() == 2 && s.phase() == Phase.END_REQ)
                .findFirst().orElseThrow();
        assertThat(accept2.timePs()).isGreaterThan(SimTime.ns(21));
        assertThat(h.stats().get("dut.in.backPressure")).isPresent();
    }

    @Test
    void looselyTimedRequestsAreAnsweredAtOnceWithADelayAnnotation() {
        ComponentHarness h = ComponentHarness.of(new SimpleMemory(4, 1, SimTime.ns(20), 1));
        h.deliver("in", Transaction.read(3, 0, 100).withPhase(Phase.LT_REQUEST), SimTime.ns(5));
        h.run();
        Sent response = h.sent("in").get(0);
        assertThat(response.phase()).isEqualTo(Phase.LT_RESPONSE);
        assertThat(response.timePs()).isEqualTo(SimTime.ns(5));
        assertThat(response.tx().delayPs()).isEqualTo(SimTime.ns(20) + 100);
    }

    @Test
    void anInitiatorUnderTestGetsAnswersFromTheHarness() {
        ComponentHarness h = ComponentHarness.of(new TrafficGenerator(3, SimTime.ns(10), 4096, 64, 0));
        h.autoRespond("out", SimTime.ns(7));
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.sent("out")).extracting(Sent::phase)
                .containsOnly(Phase.BEGIN_REQ, Phase.END_RESP).hasSize(6);
        assertThat(h.stats().counter("dut.completed")).isEqualTo(3);
        // round trip = 1 ps link + 7 ns + 1 ps link
        assertThat(h.stats().get("dut.latency").orElseThrow().scalar()).isEqualTo(3 * (SimTime.ns(7) + 2.0));
    }

    @Test
    void anUnansweredRequestShowsUpAsADeadlock() {
        ComponentHarness h = ComponentHarness.of(new TrafficGenerator(1, SimTime.ns(10), 4096, 64, 0));
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.DEADLOCK);
        assertThat(r.deadlock().outstanding()).singleElement().extracting(OutstandingTransaction::initiator).isEqualTo("dut");
    }
}
