package dev.precis.tlm;

import java.util.Arrays;

/**
 * The engines' hot path: events in their (time, source id, source sequence) order.
 *
 * <p>Two structures share the work. Events added in non-decreasing key order go to a sorted run, a FIFO that
 * costs O(1) per event; any other event goes to a 4-ary min-heap. The earliest event is the smaller of the two
 * heads. Simultaneous events are usually added in key order (a ring's tokens, every clocked component ticking
 * at the same edges: each handled event schedules the next one a fixed delay later, in the order they were
 * handled), so they bypass the heap as SystemC's delta-cycle lists do; random traffic (PHOLD) falls back on the
 * heap at the cost of one comparison per add.
 */
final class EventQueue {
    private Event[] heap = new Event[64];
    private int heapSize;
    /** Circular buffer holding the sorted run, from {@code runHead} for {@code runSize} events. */
    private Event[] run = new Event[64];
    private int runHead;
    private int runSize;

    int size() {
        return heapSize + runSize;
    }

    boolean isEmpty() {
        return heapSize == 0 && runSize == 0;
    }

    /** Time of the earliest event, or Long.MAX_VALUE when empty. */
    long peekTime() {
        long h = heapSize == 0 ? Long.MAX_VALUE : heap[0].time;
        long r = runSize == 0 ? Long.MAX_VALUE : run[runHead].time;
        return Math.min(h, r);
    }

    void add(Event e) {
        // The tail is read, not kept in a field: a reference store on every add would cost a GC write barrier.
        if (runSize == 0 || !e.before(run[(runHead + runSize - 1) & (run.length - 1)])) {
            appendToRun(e);
        } else {
            addToHeap(e);
        }
    }

    Event poll() {
        return pollBefore(Long.MAX_VALUE);
    }

    /** Removes and returns the earliest event if its time is before {@code bound}; null otherwise. */
    Event pollBefore(long bound) {
        Event r = runSize != 0 ? run[runHead] : null;
        Event h = heapSize != 0 ? heap[0] : null;
        if (r != null && (h == null || r.before(h))) {
            if (r.time >= bound) return null;
            run[runHead] = null;
            runHead = (runHead + 1) & (run.length - 1);
            runSize--;
            return r;
        }
        if (h == null || h.time >= bound) return null;
        return pollHeap();
    }

    private void appendToRun(Event e) {
        if (runSize == run.length) {
            Event[] bigger = new Event[run.length * 2];
            for (int i = 0; i < runSize; i++) bigger[i] = run[(runHead + i) & (run.length - 1)];
            run = bigger;
            runHead = 0;
        }
        run[(runHead + runSize) & (run.length - 1)] = e;
        runSize++;
    }

    private void addToHeap(Event e) {
        if (heapSize == heap.length) heap = Arrays.copyOf(heap, heapSize * 2);
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            Event p = heap[parent];
            if (!e.before(p)) break;
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    private Event pollHeap() {
        Event top = heap[0];
        Event last = heap[--heapSize];
        heap[heapSize] = null;
        if (heapSize > 0) siftDown(last);
        return top;
    }

    private void siftDown(Event e) {
        Event[] h = heap;
        int n = heapSize;
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
