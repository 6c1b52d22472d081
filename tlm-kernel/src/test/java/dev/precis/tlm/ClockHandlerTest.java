package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock handlers run every cycle while busy, cost nothing while suspended, and wake on events. */
class ClockHandlerTest {
    /** Works for 3 cycles per job; a job arrives as a message. */
    static final class Worker extends Component {
        final List<Long> ticks = new ArrayList<>();
        int workLeft = 3;

        Worker() {
            clock(ClockDomain.ofMHz("clk", 100), cycle -> {
                ticks.add(cycle);
                return --workLeft > 0;
            });
            targetPort("jobs", tx -> workLeft += 3);
        }
    }

    static final class JobSource extends Component {
        final Port out = initiatorPort("out", tx -> { });

        @Override
        protected void onStart() {
            ctx().send(out, Transaction.message(1), SimTime.ns(95));
            ctx().send(out, Transaction.message(2), SimTime.ns(200));
        }
    }

    @Test
    void ticksWhileBusySuspendsWhenIdleAndWakesAtTheNextEdgeOnAnEvent() {
        Model.Builder b = Model.builder();
        Worker w = b.add("w", new Worker());
        JobSource s = b.add("s", new JobSource());
        b.link(s.out, w.port("jobs"), SimTime.ns(5));
        SimulationResult r = new SequentialEngine().run(b.build());
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        // Cycles 0..2, then the job arriving at 100 ns (an edge: cycle 10), then at 205 ns (next edge: cycle 21).
        assertThat(w.ticks).containsExactly(0L, 1L, 2L, 10L, 11L, 12L, 21L, 22L, 23L);
        assertThat(r.events()).isEqualTo(9 + 2);
    }

    @Test
    void aClockNeverTicksTheSameCycleTwice() {
        final class Twice extends Component {
            final List<Long> ticks = new ArrayList<>();

            Twice() {
                clock(ClockDomain.ofMHz("clk", 1000), cycle -> {
                    ticks.add(cycle);
                    if (cycle == 0) ctx().schedule(0, "same time");
                    return false;
                });
            }

            @Override
            protected void onEvent(Object event) {
            }
        }
        Model.Builder b = Model.builder();
        Twice t = b.add("t", new Twice());
        new SequentialEngine().run(b.build());
        assertThat(t.ticks).containsExactly(0L, 1L);
    }
}
