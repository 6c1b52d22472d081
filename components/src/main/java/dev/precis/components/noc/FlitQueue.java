package dev.precis.components.noc;

/**
 * A growable FIFO ring of flits, each with the cycle from which it may leave.
 * Used for output queues and source queues; allocation-free once warmed up.
 */
final class FlitQueue {

    private Flit[] flits;
    private long[] ready;
    private int head;
    private int size;

    FlitQueue(int initialCapacity) {
        int capacity = Math.max(2, Integer.highestOneBit(Math.max(1, initialCapacity - 1)) << 1);
        flits = new Flit[capacity];
        ready = new long[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(Flit flit, long readyCycle) {
        if (size == flits.length) {
            grow();
        }
        int tail = (head + size) & (flits.length - 1);
        flits[tail] = flit;
        ready[tail] = readyCycle;
        size++;
    }

    Flit peek() {
        return flits[head];
    }

    long peekReady() {
        return ready[head];
    }

    Flit poll() {
        Flit f = flits[head];
        flits[head] = null;
        head = (head + 1) & (flits.length - 1);
        size--;
        return f;
    }

    private void grow() {
        int capacity = flits.length << 1;
        Flit[] nf = new Flit[capacity];
        long[] nr = new long[capacity];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & (flits.length - 1);
            nf[i] = flits[from];
            nr[i] = ready[from];
        }
        flits = nf;
        ready = nr;
        head = 0;
    }
}
