package dev.precis.components.noc;

import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.ExtensionKey;
import dev.precis.tlm.Phase;
import dev.precis.tlm.Port;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;

/**
 * The whole network as one kernel component with a message port per node ({@code node0},
 * {@code node1}, ...). A node sends a ONE_WAY transaction carrying its destination node in the
 * {@link #DESTINATION} extension; the network splits it into flits of {@code flitBytes}, moves them
 * cycle by cycle through the routers and, when the tail flit is ejected, sends the same transaction
 * out of the destination node's port.
 *
 * <p>Why one component and not one per router: routers exchange flits and credits every cycle with
 * one-cycle links, and the router pipeline needs several same-cycle interactions per flit. As
 * separate components every flit hop and every credit would be a kernel event on a link, costing
 * several times the work of the whole cycle-level step, and the links' one-cycle latency would
 * force the parallel engine to synchronise every cycle. One component stepping the cycle-level
 * {@link Network} on its clock keeps the model exact and the kernel out of the inner loop; the
 * clock suspends while the network is empty, so an idle NoC costs nothing.
 */
public final class NocComponent extends Component {

    /** Destination node of a message sent into the network. */
    public static final ExtensionKey<Integer> DESTINATION = ExtensionKey.of("noc.destination", Integer.class);

    private final Network network;
    private final NocEnergyModel energy;
    private final ClockDomain clockDomain;
    private final Port[] nodePorts;

    private Counter packetsSent;
    private Counter packetsDelivered;
    private Counter flitsDelivered;
    private Accumulator latencyCycles;
    private Accumulator hops;
    private Counter vcAllocStalls;
    private Counter switchAllocStalls;
    private Accumulator bufferEnergyPj;
    private Accumulator linkEnergyPj;

    public NocComponent(NocConfig config, ClockDomain clockDomain, TechnologyNode technology, double linkPjPerBitMm,
                        double linkLengthMm) {
        this.clockDomain = clockDomain;
        this.network = new Network(config, this::delivered);
        this.energy = NocEnergyModel.of(config, technology, linkPjPerBitMm, linkLengthMm);
        int nodes = network.nodes();
        nodePorts = new Port[nodes];
        for (int n = 0; n < nodes; n++) {
            int node = n;
            nodePorts[n] = peerPort("node" + n, tx -> arrived(node, tx));
        }
        clock(clockDomain, this::tick);
    }

    @Override
    protected void onEndOfElaboration() {
        if (!energy.extrapolation().isEmpty()) {
            ctx().log().warn("{}: router input buffer energy extrapolated from the CACTI 7 table: {}", name(),
                    energy.extrapolation());
        }
        packetsSent = ctx().stats().counter(NocComponentType.PACKETS_SENT);
        packetsDelivered = ctx().stats().counter(NocComponentType.PACKETS_DELIVERED);
        flitsDelivered = ctx().stats().counter(NocComponentType.FLITS_DELIVERED);
        latencyCycles = ctx().stats().accumulator(NocComponentType.PACKET_LATENCY);
        hops = ctx().stats().accumulator(NocComponentType.PACKET_HOPS);
        vcAllocStalls = ctx().stats().counter(NocComponentType.VC_ALLOC_STALLS);
        switchAllocStalls = ctx().stats().counter(NocComponentType.SWITCH_ALLOC_STALLS);
        bufferEnergyPj = ctx().stats().accumulator(NocComponentType.BUFFER_ENERGY);
        linkEnergyPj = ctx().stats().accumulator(NocComponentType.LINK_ENERGY);
    }

    private void arrived(int node, Transaction tx) {
        if (tx.phase() != Phase.ONE_WAY) {
            throw new IllegalArgumentException(name() + ".node" + node + " takes ONE_WAY messages, got " + tx);
        }
        int dest = tx.extension(DESTINATION).orElseThrow(() -> new IllegalArgumentException(name() + ".node" + node
                + ": message " + tx + " has no " + DESTINATION.name() + " extension"));
        int flitBytes = network.config().flitBytes();
        int flits = (int) Math.max(1, (tx.sizeBytes() + flitBytes - 1) / flitBytes);
        long cycle = nextEdgeCycle();
        if (network.now() < cycle && network.idle()) {
            network.skipTo(cycle);
        }
        network.offerPacket(node, dest, flits, network.now(), true, tx);
        packetsSent.increment();
    }

    private long nextEdgeCycle() {
        long now = ctx().now();
        long cycle = clockDomain.psToCycle(now);
        return clockDomain.cyclesToPs(cycle) == now ? cycle : cycle + 1;
    }

    private boolean tick(long cycle) {
        if (network.now() < cycle && network.idle()) {
            network.skipTo(cycle);
        }
        if (network.now() == cycle) {
            network.step();
        }
        return !network.idle();
    }

    private void delivered(PacketListener.DeliveredPacket packet, long arrivalCycle) {
        packetsDelivered.increment();
        latencyCycles.add(packet.latencyCycles(arrivalCycle));
        hops.add(packet.hops());
        ctx().send(nodePorts[packet.dest()], (Transaction) packet.payload());
    }

    @Override
    protected void onEnd() {
        flitsDelivered.add(network.flitsEjected());
        vcAllocStalls.add(network.vcAllocFailures());
        switchAllocStalls.add(network.swAllocFailures());
        bufferEnergyPj.add(energy.bufferEnergyPj(network));
        linkEnergyPj.add(energy.linkEnergyPj(network));
    }

    /** The cycle-level network inside, for inspection in tests and reports. */
    public Network network() {
        return network;
    }
}
