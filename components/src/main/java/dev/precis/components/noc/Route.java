package dev.precis.components.noc;

/**
 * The outcome of routing a head flit at one router: the output port and the range of
 * virtual channels (inclusive) it may take at the next hop.
 */
public record Route(int outputPort, int vcLow, int vcHigh) {
}
