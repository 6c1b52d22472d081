package dev.precis.components.noc;

/**
 * The outcome of routing a head flit at one router: the output port and the range of virtual channels
 * (inclusive) it may take at the next hop, packed into one int (port in the high bits, then vcLow and vcHigh, 8
 * bits each), so routing a packet allocates nothing.
 */
final class Route {

    private Route() {
    }

    /** Packs a route; ports up to 2^15 - 1 and VCs up to 255. */
    static int of(int outputPort, int vcLow, int vcHigh) {
        return (outputPort << 16) | (vcLow << 8) | vcHigh;
    }

    static int outputPort(int route) {
        return route >>> 16;
    }

    static int vcLow(int route) {
        return (route >>> 8) & 0xff;
    }

    static int vcHigh(int route) {
        return route & 0xff;
    }
}
