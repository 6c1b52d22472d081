package dev.precis.tlm;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events in their (time, source id, source sequence) order; the engines' hot path.
 * Four children per node halve the depth of a binary heap, which pays off when many events share a time
 * (a ring of 64 tokens, a clocked array) and the comparisons are cheap.
 */
final class EventQueue {
    private Event[] heap = new Event[64];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest event, or Long.MAX_VALUE when empty. */
    long peekTime() {
        return size == 0 ? Long.MAX_VALUE : heap[0].time;
    }

    void add(Event e) {
        if (size == heap.length) heap = Arrays.copyOf(heap, size * 2);
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            Event p = heap[parent];
            if (!e.before(p)) break;
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    Event poll() {
        Event top = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) siftDown(last);
        return top;
    }

    private void siftDown(Event e) {
        Event[] h = heap;
        int n = size;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) break;
            int best = first;
            Event b = h[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                if (h[c].before(b)) {
                    best = c;
                    b = h[c];
                }
            }
            if (!b.before(e)) break;
            h[i] = b;
            i = best;
        }
        h[i] = e;
    }
}
