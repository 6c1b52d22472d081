package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The event queue pops in (time, source id, source sequence) order, checked against java.util.PriorityQueue. */
class EventQueueTest {
    private static final Comparator<Event> KEY = Comparator.<Event>comparingLong(e -> e.time)
            .thenComparingInt(e -> e.sourceId).thenComparingLong(e -> e.sourceSeq);

    @Test
    void popsInKeyOrderUnderRandomInterleavedAddsAndPolls() {
        SplittableRandom rnd = new SplittableRandom(42);
        EventQueue q = new EventQueue();
        PriorityQueue<Event> reference = new PriorityQueue<>(KEY);
        long[] seqs = new long[16];
        long now = 0;
        for (int step = 0; step < 200_000; step++) {
            if (reference.isEmpty() || rnd.nextInt(100) < 55) {
                int src = rnd.nextInt(16);
                // Many equal times, as in a clocked model: times advance in coarse steps from now.
                Event e = new Event(now + rnd.nextInt(4) * 1000L, src, seqs[src]++, 0, Event.SELF, null, null);
                q.add(e);
                reference.add(e);
            } else {
                Event expected = reference.poll();
                assertThat(q.peekTime()).isEqualTo(expected.time);
                assertThat(q.poll()).isSameAs(expected);
                now = expected.time;
            }
            assertThat(q.size()).isEqualTo(reference.size());
        }
        while (!reference.isEmpty()) assertThat(q.poll()).isSameAs(reference.poll());
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.peekTime()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void simultaneousEventsAddedInOrderInterleaveCorrectlyWithOutOfOrderOnes() {
        // A ring-like pattern (each handled event schedules one a fixed delay later, in order) mixed with
        // occasional early events, which must overtake the sorted run.
        SplittableRandom rnd = new SplittableRandom(7);
        EventQueue q = new EventQueue();
        PriorityQueue<Event> reference = new PriorityQueue<>(KEY);
        long[] seqs = new long[100];
        for (int src = 0; src < 100; src++) {
            Event e = new Event(0, src, seqs[src]++, 0, Event.SELF, null, null);
            q.add(e);
            reference.add(e);
        }
        for (int step = 0; step < 100_000; step++) {
            Event expected = reference.poll();
            assertThat(q.poll()).isSameAs(expected);
            int src = expected.sourceId;
            long delay = rnd.nextInt(50) == 0 ? rnd.nextInt(1000) : 1000;
            Event next = new Event(expected.time + delay, src, seqs[src]++, 0, Event.SELF, null, null);
            q.add(next);
            reference.add(next);
            assertThat(q.peekTime()).isEqualTo(reference.peek().time);
        }
    }
}
