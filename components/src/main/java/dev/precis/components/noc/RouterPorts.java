package dev.precis.components.noc;

/** Where a router's flits and credits go: implemented by the network that wires the routers. */
interface RouterPorts {

    /** Router {@code router} puts {@code flit} on the link of output {@code port} at cycle {@code sendCycle}. */
    void sendFlit(int router, int port, Flit flit, long sendCycle);

    /** Router {@code router} returns a credit for {@code vc} of input {@code port} upstream at {@code sendCycle}. */
    void sendCredit(int router, int port, int vc, long sendCycle);
}
