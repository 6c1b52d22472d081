package dev.precis.components.noc;

import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

/**
 * Self-description of {@link NocComponent}. Router defaults are the BookSim2 reference
 * configuration (8 VCs x 8 flits, iSLIP, credit delay 2, input speedup 2, 1-cycle links; see
 * {@link NocConfig#bookSimDefaults}).
 */
public final class NocComponentType implements ComponentType {

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("noc",
            "cycle-level network-on-chip (input-queued VC routers, credits, iSLIP) carrying messages between nodes",
            List.of(
                    ParamSpec.choice("topology", "mesh", "network shape", "mesh", "torus", "crossbar", "bus"),
                    ParamSpec.optional("k", ParamType.INT, "", "4",
                            "routers per dimension (mesh, torus: k x k nodes) or nodes (crossbar, bus)").atLeast(2),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "1 GHz",
                            "router clock (1 GHz: our assumption, a common NoC clock)"),
                    ParamSpec.optional("vcs", ParamType.INT, "", "8", "virtual channels per input port").range(1, 64),
                    ParamSpec.optional("vcBufferFlits", ParamType.INT, "flits", "8", "buffer slots per virtual channel").atLeast(1),
                    ParamSpec.optional("routingDelay", ParamType.INT, "cycles", "0", "route computation (0 = lookahead)").atLeast(0),
                    ParamSpec.optional("vcAllocDelay", ParamType.INT, "cycles", "1", "virtual-channel allocation").atLeast(1),
                    ParamSpec.optional("swAllocDelay", ParamType.INT, "cycles", "1", "switch allocation").atLeast(1),
                    ParamSpec.optional("crossbarDelay", ParamType.INT, "cycles", "1", "switch traversal").atLeast(1),
                    ParamSpec.optional("creditDelay", ParamType.INT, "cycles", "2", "credit processing at the upstream router").atLeast(0),
                    ParamSpec.optional("inputSpeedup", ParamType.INT, "", "2", "crossbar inputs per router input port").atLeast(1),
                    ParamSpec.optional("linkLatency", ParamType.INT, "cycles", "1", "link traversal of flits and credits").atLeast(1),
                    ParamSpec.optional("allocatorIterations", ParamType.INT, "", "1", "iSLIP iterations").atLeast(1),
                    ParamSpec.optional("flitBytes", ParamType.INT, "bytes", "16", "link width: bytes per flit and per cycle").atLeast(1),
                    ParamSpec.choice("technology", "28nm", "process node of the energy table", "28nm", "45nm"),
                    ParamSpec.optional("linkPjPerBitMm", ParamType.DOUBLE, "pJ/bit/mm",
                            Double.toString(NocEnergyModel.LINK_PJ_PER_BIT_MM_28NM),
                            "link energy (Dally, IPDPS 2011: 26 pJ per 256 bits per mm at 28 nm)").atLeast(0),
                    ParamSpec.optional("linkLengthMm", ParamType.DOUBLE, "mm", "1.0",
                            "length of a router-to-router link (our assumption: one tile pitch)").atLeast(0)),
            List.of(new PortSpec("node[i]", PortDirection.PEER,
                    "ONE_WAY messages with a noc.destination extension, in from node i and out to their destination")),
            List.of(new StatSpec("packetsSent", "count", "messages accepted from nodes"),
                    new StatSpec("packetsDelivered", "count", "messages delivered to their destination"),
                    new StatSpec("flitsDelivered", "count", "flits ejected at destinations"),
                    new StatSpec("packetLatency", "cycles", "entering the network to tail ejection, queueing included"),
                    new StatSpec("packetHops", "count", "router-to-router links crossed per message"),
                    new StatSpec("vcAllocStalls", "count", "VC-allocation attempts that got no output VC"),
                    new StatSpec("switchAllocStalls", "count", "switch-allocation requests that lost"),
                    new StatSpec("energy.buffers", "pJ", "router input buffer writes and reads"),
                    new StatSpec("energy.links", "pJ", "router-to-router link traversals")));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        Topology topology = Topology.of(p.getString("topology"), p.getInt("k"));
        NocConfig config = new NocConfig(topology, p.getInt("vcs"), p.getInt("vcBufferFlits"), p.getInt("routingDelay"),
                p.getInt("vcAllocDelay"), p.getInt("swAllocDelay"), p.getInt("crossbarDelay"), p.getInt("creditDelay"),
                p.getInt("inputSpeedup"), p.getInt("linkLatency"), true, p.getInt("allocatorIterations"),
                p.getInt("flitBytes"));
        ClockDomain clock = new ClockDomain("noc", p.getFrequencyHz("clock"));
        return new NocComponent(config, clock, TechnologyNode.parse(p.getString("technology")),
                p.getDouble("linkPjPerBitMm"), p.getDouble("linkLengthMm"));
    }
}
