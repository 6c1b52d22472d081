package dev.precis.tlm.trace;

/** A signal took {@code value} at {@code timePs}; {@code order} keeps same-time changes in a fixed order. */
public record SignalChange(long timePs, int signalId, long order, long value) implements Comparable<SignalChange> {
    @Override
    public int compareTo(SignalChange o) {
        int c = Long.compare(timePs, o.timePs);
        if (c != 0) return c;
        c = Integer.compare(signalId, o.signalId);
        return c != 0 ? c : Long.compare(order, o.order);
    }
}
