package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How runs end: time limit, stop request, deadlock, component failure; the same on both engines. */
class RunEndingTest {
    static final List<Supplier<Engine>> ENGINES = List.of(SequentialEngine::new, () -> new ActorEngine(2));

    /** Sends a request and never answers it. */
    static final class Requester extends Component {
        final Port out = initiatorPort("out", tx -> { });

        @Override
        protected void onStart() {
            ctx().send(out, Transaction.read(ctx().newTransactionId(), 0x100, 64));
        }
    }

    static final class BlackHole extends Component {
        BlackHole() {
            targetPort("in", tx -> ctx().stats().counter("swallowed", "count", "requests never answered").increment());
        }
    }

    static Model deadlocking() {
        Model.Builder b = Model.builder();
        Requester r = b.add("soc.cpu", new Requester());
        BlackHole h = b.add("soc.mem", new BlackHole());
        b.link(r.port("out"), h.port("in"), SimTime.ns(3));
        return b.build();
    }

    @Test
    void outstandingTransactionsWhenEventsRunOutAreADeadlockReport() {
        for (Supplier<Engine> engine : ENGINES) {
            SimulationResult r = engine.get().run(deadlocking());
            assertThat(r.status()).isEqualTo(RunStatus.DEADLOCK);
            DeadlockReport d = r.deadlock();
            assertThat(d.outstanding()).hasSize(1);
            OutstandingTransaction o = d.outstanding().get(0);
            assertThat(o.initiator()).isEqualTo("soc.cpu");
            assertThat(o.holder()).isEqualTo("soc.mem");
            assertThat(o.transaction()).contains("READ").contains("0x100");
            assertThat(d.describe()).contains("held by soc.mem").contains("age 3 ns");
            assertThat(r.stats().counter("soc.mem.swallowed")).isEqualTo(1);
            assertThatThrownBy(r::orThrow).isInstanceOf(SimulationException.class).hasMessageContaining("deadlock");
        }
    }

    /** Counts ticks, throws at its fifth. */
    static final class Faulty extends Component {
        Faulty() {
            clock(ClockDomain.ofMHz("clk", 1000), cycle -> {
                ctx().stats().counter("ticks", "count", "ticks seen").increment();
                if (cycle == 4) throw new IllegalStateException("parity error");
                return true;
            });
        }
    }

    @Test
    void aComponentExceptionStopsTheRunNamingComponentTimeAndEventAndKeepsStatistics() {
        for (Supplier<Engine> engine : ENGINES) {
            Model.Builder b = Model.builder();
            b.add("top.pe", new Faulty());
            SimulationResult r = engine.get().run(b.build());
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.failure().component()).isEqualTo("top.pe");
            assertThat(r.failure().timePs()).isEqualTo(SimTime.ns(4));
            assertThat(r.failure().message()).contains("top.pe failed at 4 ns while handling clock tick")
                    .contains("parity error");
            assertThat(r.stats().counter("top.pe.ticks")).isEqualTo(5);
        }
    }

    @Test
    void theActorSystemIsTerminatedAndNoThreadIsLeftBehindOnFailure() {
        Set<String> before = akkaThreads();
        Model.Builder b = Model.builder();
        b.add("top.pe", new Faulty());
        assertThat(new ActorEngine(2).run(b.build()).status()).isEqualTo(RunStatus.FAILED);
        assertThat(new ActorEngine(2).run(deadlocking()).status()).isEqualTo(RunStatus.DEADLOCK);
        assertThat(akkaThreads()).isEqualTo(before);
    }

    /**
     * The end of an actor run does not depend on how the dispatcher's threads happen to be scheduled: over
     * many failing, deadlocking and normally finishing runs, no thread of any run is alive once it returns.
     */
    @Test
    void noThreadOutlivesAnyOfTwoHundredFailingAndNormalActorRuns() {
        Set<String> before = akkaThreads();
        for (int i = 0; i < 200; i++) {
            Model.Builder b = Model.builder();
            b.add("top.pe", new Faulty());
            assertThat(new ActorEngine(2).run(b.build()).status()).as("failing run %d", i).isEqualTo(RunStatus.FAILED);
            assertThat(akkaThreads()).as("threads after failing run %d", i).isEqualTo(before);
            assertThat(new ActorEngine(2).run(deadlocking()).status()).as("deadlocking run %d", i)
                    .isEqualTo(RunStatus.DEADLOCK);
            assertThat(akkaThreads()).as("threads after deadlocking run %d", i).isEqualTo(before);
            SimulationResult normal = new ActorEngine(2).run(pingPong());
            assertThat(normal.status()).as("normal run %d", i).isEqualTo(RunStatus.STOPPED);
            assertThat(normal.stats().counter("c.seen")).isEqualTo(10);
            assertThat(akkaThreads()).as("threads after normal run %d", i).isEqualTo(before);
        }
    }

    private static Set<String> akkaThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("precis-actor-engine")).collect(Collectors.toSet());
    }

    /** Ping-pongs forever; stops the run at its tenth message. */
    static final class Pinger extends Component {
        final Port port = peerPort("p", this::got);
        final boolean starts;
        int seen;

        Pinger(boolean starts) {
            this.starts = starts;
        }

        @Override
        protected void onStart() {
            if (starts) ctx().send(port, Transaction.message(ctx().newTransactionId()));
        }

        private void got(Transaction tx) {
            ctx().stats().counter("seen", "count", "messages").increment();
            if (++seen == 10 && starts) ctx().stop("seen enough");
            ctx().send(port, tx);
        }
    }

    static Model pingPong() {
        Model.Builder b = Model.builder();
        Pinger a = b.add("a", new Pinger(true));
        Pinger c = b.add("c", new Pinger(false));
        b.link(a.port("p"), c.port("p"), SimTime.ns(1));
        return b.build();
    }

    @Test
    void aStopRequestEndsEveryEngineAtTheSamePoint() {
        SimulationResult seq = new SequentialEngine().run(pingPong());
        assertThat(seq.status()).isEqualTo(RunStatus.STOPPED);
        assertThat(seq.stopReason()).isEqualTo("a: seen enough");
        // a's 10th message arrives at 20 ns; events before 20 ns + 1 ns (the smallest link latency) still run.
        assertThat(seq.endTimePs()).isEqualTo(SimTime.ns(20));
        assertThat(seq.stats().counter("c.seen")).isEqualTo(10);
        SimulationResult actor = new ActorEngine(2).run(pingPong());
        EngineEquivalenceTest.assertSame(seq, actor, "stop");
        assertThat(actor.stopReason()).isEqualTo(seq.stopReason());
    }

    @Test
    void aTimeLimitRunsEventsUpToAndIncludingTheLimit() {
        for (Supplier<Engine> engine : ENGINES) {
            SimulationResult r = engine.get().run(dev.precis.tlm.models.KernelModels.ring(4, 1, Long.MAX_VALUE),
                    RunOptions.DEFAULT.withTimeLimit(SimTime.ns(100)));
            assertThat(r.status()).isEqualTo(RunStatus.TIME_LIMIT);
            assertThat(r.endTimePs()).isEqualTo(SimTime.ns(100));
            assertThat(r.events()).isEqualTo(100);
        }
    }
}
