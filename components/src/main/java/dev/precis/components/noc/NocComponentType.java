package dev.precis.components.noc;

import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

/**
 * Self-description of {@link NocComponent}: the one place where the NoC's parameters (with their defaults) and
 * statistics are declared. Parameter names are BookSim2's configuration keys (src/booksim_config.cpp), so a
 * HOCON block, a {@code precis noc} flag ({@code num_vcs} is {@code --num-vcs}) and a BookSim2 {@code .cfg} line
 * use the same name; Precis' own additions (link latency, flit width, clock, energy) follow the same style.
 *
 * <p>Router defaults are the configuration of our BookSim2 reference run (booksim/booksim2 commit 28f4329, see
 * components/src/test/resources/reference/noc): an 8x8 mesh with dimension-order routing, 8 VCs x 8 flits,
 * wait_for_tail_credit 1, iSLIP allocators with one iteration, credit_delay 2, routing_delay 0 (lookahead),
 * vc_alloc_delay 1, sw_alloc_delay 1, input_speedup 2; the keys the reference does not set take BookSim2's own
 * defaults (st_prepare_delay 0, st_final_delay 1, output_speedup 1, internal_speedup 1.0, 1-cycle channels).
 * These differ from BookSim2's defaults where the reference set them (BookSim2: num_vcs 16, credit_delay 0,
 * routing_delay 1, input_speedup 1, wait_for_tail_credit 0); a {@code .cfg} file read by
 * {@link dev.precis.components.noc.booksim.BookSimConfigReader} gets BookSim2's defaults for the keys it omits.
 */
public final class NocComponentType implements ComponentType {

    public static final ParamSpec TOPOLOGY = ParamSpec.choice("topology", "mesh",
            "network shape: k-ary n-dimensional mesh or torus, or a crossbar or bus of k nodes",
            "mesh", "torus", "crossbar", "bus");
    public static final ParamSpec K = ParamSpec.optional("k", ParamType.INT, "", "8",
            "routers per dimension (mesh, torus: k^n nodes) or nodes (crossbar, bus)").atLeast(2);
    public static final ParamSpec N = ParamSpec.optional("n", ParamType.INT, "", "2",
            "dimensions of a mesh or torus (crossbar and bus do not use it)").atLeast(1);
    public static final ParamSpec ROUTING_FUNCTION = ParamSpec.choice("routing_function", "dim_order",
            "dimension-order routing: BookSim2's dor or dim_order on mesh, dim_order on torus",
            "dim_order", "dor");
    public static final ParamSpec ROUTER = ParamSpec.choice("router", "iq",
            "router microarchitecture: BookSim2's input-queued VC router", "iq");
    public static final ParamSpec NUM_VCS = ParamSpec.optional("num_vcs", ParamType.INT, "", "8",
            "virtual channels per input port (a torus needs at least 2)").range(1, 64);
    public static final ParamSpec VC_BUF_SIZE = ParamSpec.optional("vc_buf_size", ParamType.INT, "flits", "8",
            "buffer slots per virtual channel: the credits a VC starts with").atLeast(1);
    public static final ParamSpec WAIT_FOR_TAIL_CREDIT = ParamSpec.optional("wait_for_tail_credit",
            ParamType.BOOLEAN, "", "true",
            "release a downstream VC only when the tail flit's credit is back (else when the tail is sent)");
    public static final ParamSpec VC_ALLOCATOR = ParamSpec.choice("vc_allocator", "islip",
            "virtual-channel allocator: separable iSLIP (McKeown 1999)", "islip");
    public static final ParamSpec SW_ALLOCATOR = ParamSpec.choice("sw_allocator", "islip",
            "switch allocator: separable iSLIP (McKeown 1999)", "islip");
    public static final ParamSpec ALLOC_ITERS = ParamSpec.optional("alloc_iters", ParamType.INT, "", "1",
            "iSLIP iterations of both allocators").range(1, 64);
    public static final ParamSpec CREDIT_DELAY = ParamSpec.optional("credit_delay", ParamType.INT, "cycles", "2",
            "cycles before a returned credit can be used").range(0, 1_000_000);
    public static final ParamSpec ROUTING_DELAY = ParamSpec.optional("routing_delay", ParamType.INT, "cycles", "0",
            "route computation (0 = lookahead routing at the upstream router)").range(0, 1_000_000);
    public static final ParamSpec VC_ALLOC_DELAY = ParamSpec.optional("vc_alloc_delay", ParamType.INT, "cycles", "1",
            "virtual-channel allocation").range(1, 1_000_000);
    public static final ParamSpec SW_ALLOC_DELAY = ParamSpec.optional("sw_alloc_delay", ParamType.INT, "cycles", "1",
            "switch allocation").range(1, 1_000_000);
    public static final ParamSpec ST_PREPARE_DELAY = ParamSpec.optional("st_prepare_delay", ParamType.INT, "cycles",
            "0", "switch traversal, preparation part (crossbar delay = st_prepare_delay + st_final_delay)")
            .range(0, 1_000_000);
    public static final ParamSpec ST_FINAL_DELAY = ParamSpec.optional("st_final_delay", ParamType.INT, "cycles", "1",
            "switch traversal, final part (the sum with st_prepare_delay must be at least 1)").range(0, 1_000_000);
    public static final ParamSpec INPUT_SPEEDUP = ParamSpec.optional("input_speedup", ParamType.INT, "", "2",
            "crossbar inputs per router input port (VC v uses input v mod input_speedup)").range(1, 64);
    public static final ParamSpec OUTPUT_SPEEDUP = ParamSpec.optional("output_speedup", ParamType.INT, "", "1",
            "crossbar outputs per router output port (input i uses output i mod output_speedup)").range(1, 64);
    public static final ParamSpec INTERNAL_SPEEDUP = ParamSpec.optional("internal_speedup", ParamType.DOUBLE, "",
            "1.0", "router pipeline steps per cycle (a whole number)").range(1, 16);
    public static final ParamSpec LINK_LATENCY = ParamSpec.optional("link_latency", ParamType.INT, "cycles", "1",
            "channel latency of flits and credits (BookSim2's k-ary n-cube channels: 1)").range(1, 1_000_000);
    public static final ParamSpec FLIT_BYTES = ParamSpec.optional("flit_bytes", ParamType.INT, "bytes", "16",
            "link width: bytes per flit and per cycle (our default: 128-bit links; no effect on cycle counts)")
            .atLeast(1);
    public static final ParamSpec CLOCK = ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "1 GHz",
            "router clock (1 GHz: our assumption, a common NoC clock)").atLeast(1);
    public static final ParamSpec TECHNOLOGY = ParamSpec.choice("technology", "28nm",
            "process node of the buffer energy table (CACTI 7, see CactiSramTable)", "28nm", "45nm", "65nm");
    public static final ParamSpec LINK_PJ_PER_BIT_MM = ParamSpec.optional("link_pj_per_bit_mm", ParamType.DOUBLE,
            "pJ/bit/mm", Double.toString(NocEnergyModel.LINK_PJ_PER_BIT_MM_28NM),
            "link energy (Dally, IPDPS 2011: 26 pJ per 256 bits per mm at 28 nm)").atLeast(0);
    public static final ParamSpec LINK_LENGTH_MM = ParamSpec.optional("link_length_mm", ParamType.DOUBLE, "mm",
            Double.toString(NocEnergyModel.DEFAULT_LINK_LENGTH_MM),
            "length of a router-to-router link (our assumption: one tile pitch)").atLeast(0);

    public static final StatSpec PACKETS_SENT = new StatSpec("packetsSent", "count", "messages accepted from nodes");
    public static final StatSpec PACKETS_DELIVERED = new StatSpec("packetsDelivered", "count",
            "messages delivered to their destination");
    public static final StatSpec FLITS_DELIVERED = new StatSpec("flitsDelivered", "count",
            "flits ejected at destinations");
    public static final StatSpec PACKET_LATENCY = new StatSpec("packetLatency", "cycles",
            "message latency from entering the network (source queueing included) to tail ejection");
    public static final StatSpec PACKET_HOPS = new StatSpec("packetHops", "count",
            "router-to-router links crossed per message");
    public static final StatSpec VC_ALLOC_STALLS = new StatSpec("vcAllocStalls", "count",
            "VC-allocation attempts that got no output VC (contention or all VCs held)");
    public static final StatSpec SWITCH_ALLOC_STALLS = new StatSpec("switchAllocStalls", "count",
            "switch-allocation requests that lost (crossbar contention)");
    public static final StatSpec BUFFER_ENERGY = new StatSpec("energy.buffers", "pJ",
            "router input buffer writes and reads");
    public static final StatSpec LINK_ENERGY = new StatSpec("energy.links", "pJ", "router-to-router link traversals");

    /** The NoC type's descriptor: every parameter's default and every statistic, declared once. */
    public static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("noc",
            "cycle-level network-on-chip (BookSim2-style input-queued VC routers, credits, iSLIP) carrying messages"
                    + " between nodes",
            List.of(TOPOLOGY, K, N, ROUTING_FUNCTION, ROUTER, NUM_VCS, VC_BUF_SIZE, WAIT_FOR_TAIL_CREDIT,
                    VC_ALLOCATOR, SW_ALLOCATOR, ALLOC_ITERS, CREDIT_DELAY, ROUTING_DELAY, VC_ALLOC_DELAY,
                    SW_ALLOC_DELAY, ST_PREPARE_DELAY, ST_FINAL_DELAY, INPUT_SPEEDUP, OUTPUT_SPEEDUP,
                    INTERNAL_SPEEDUP, LINK_LATENCY, FLIT_BYTES, CLOCK, TECHNOLOGY, LINK_PJ_PER_BIT_MM,
                    LINK_LENGTH_MM),
            List.of(new PortSpec("node[i]", PortDirection.PEER,
                    "ONE_WAY messages with a noc.destination extension, in from node i and out to their destination")),
            List.of(PACKETS_SENT, PACKETS_DELIVERED, FLITS_DELIVERED, PACKET_LATENCY, PACKET_HOPS, VC_ALLOC_STALLS,
                    SWITCH_ALLOC_STALLS, BUFFER_ENERGY, LINK_ENERGY));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        NocConfig config;
        try {
            config = NocConfig.from(p);
        } catch (ParameterException e) {
            throw new ParameterException(p.owner() + ": " + e.getMessage(), e.parameters());
        }
        ClockDomain clock = new ClockDomain("noc", p.getFrequencyHz(CLOCK.name()));
        return new NocComponent(config, clock, TechnologyNode.parse(p.getString(TECHNOLOGY.name())),
                p.getDouble(LINK_PJ_PER_BIT_MM.name()), p.getDouble(LINK_LENGTH_MM.name()));
    }
}
