package dev.precis.tlm;

import java.util.Arrays;

/** A binary min-heap of events in their (time, source id, source sequence) order; the engines' hot path. */
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
            int parent = (i - 1) >>> 1;
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
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Event c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(e)) break;
            heap[i] = c;
            i = child;
        }
        heap[i] = e;
    }
}
