package dev.precis.components.dram.replay;

/**
 * A trace read whole and sorted by cycle (stably: requests of one cycle keep their file order), for traces whose
 * cycles go backwards when the user asks to replay them anyway. Memory: {@link #BYTES_PER_REQUEST} per request.
 */
public final class SortedTraceSource implements DramTraceSource {
    /** Address, cycle, direction, and the sort's two index arrays. */
    public static final long BYTES_PER_REQUEST = 8 + 8 + 1 + 4 + 4;

    private final long[] addresses;
    private final long[] cycles;
    private final boolean[] writes;
    private final int[] order;
    private final long outOfOrder;
    private final long firstOutOfOrderLine;
    private int index = -1;

    private SortedTraceSource(long[] addresses, long[] cycles, boolean[] writes, int[] order, long outOfOrder,
                              long firstLine) {
        this.addresses = addresses;
        this.cycles = cycles;
        this.writes = writes;
        this.order = order;
        this.outOfOrder = outOfOrder;
        this.firstOutOfOrderLine = firstLine;
    }

    /**
     * Reads every request of {@code reader} (made with {@code inCycleOrder = false}) and sorts them.
     *
     * @param requests how many requests the trace holds (a first pass counts them, so the arrays are sized once)
     */
    public static SortedTraceSource read(DramTraceReader reader, int requests) {
        long[] address = new long[requests];
        long[] cycle = new long[requests];
        boolean[] write = new boolean[requests];
        long outOfOrder = 0;
        long firstLine = 0;
        int n = 0;
        while (reader.advance()) {
            if (n == requests) throw new IllegalStateException("trace grew while it was read: more than " + requests + " requests");
            address[n] = reader.address();
            cycle[n] = reader.cycle();
            write[n] = reader.isWrite();
            if (n > 0 && cycle[n] < cycle[n - 1]) {
                outOfOrder++;
                if (firstLine == 0) firstLine = reader.lineNumber();
            }
            n++;
        }
        if (n != requests) throw new IllegalStateException("trace shrank while it was read: " + n + " of " + requests + " requests");
        return new SortedTraceSource(address, cycle, write, stableOrder(cycle), outOfOrder, firstLine);
    }

    /** Indices of {@code keys} in ascending order, equal keys in index order (merge sort: stable, n log n). */
    static int[] stableOrder(long[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        int[] buffer = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    buffer[k] = j >= hi || (i < mid && keys[order[i]] <= keys[order[j]]) ? order[i++] : order[j++];
                }
            }
            int[] t = order;
            order = buffer;
            buffer = t;
        }
        return order;
    }

    /** Requests whose cycle was before their predecessor's in the file. */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** The line of the first of those, or 0 when the file was in order. */
    public long firstOutOfOrderLine() {
        return firstOutOfOrderLine;
    }

    public int size() {
        return addresses.length;
    }

    @Override
    public boolean advance() {
        if (index + 1 >= addresses.length) return false;
        index++;
        return true;
    }

    @Override
    public long address() {
        return addresses[order[index]];
    }

    @Override
    public boolean isWrite() {
        return writes[order[index]];
    }

    @Override
    public long cycle() {
        return cycles[order[index]];
    }
}
