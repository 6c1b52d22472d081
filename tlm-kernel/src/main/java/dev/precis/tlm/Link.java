package dev.precis.tlm;

/** A bound pair of ports and the latency (ps, >= 1) that every transaction takes to cross it, either way. */
public record Link(Port a, Port b, long latencyPs) {
    @Override
    public String toString() {
        return a.fullName() + " <-> " + b.fullName() + " (" + SimTime.format(latencyPs) + ")";
    }
}
