package dev.precis.components.noc;

import java.util.Arrays;

/**
 * A cycle-level network: routers of a {@link Topology} joined by links of fixed latency, plus one
 * terminal per node that injects packets (one flit per cycle, credit-based like a router output)
 * and ejects them (returning a credit for every flit). Packets wait in an unbounded source queue,
 * so their latency includes source queueing.
 *
 * <p>Link timing follows BookSim2's channels: a flit (or credit) sent at cycle t is seen by the
 * receiver at cycle t + 1 + linkLatency. Each cycle: deliveries due now, then injection, then
 * every router's pipeline step.
 */
public final class Network {

    private static final int FLIT_TO_ROUTER = 0;
    private static final int FLIT_TO_NODE = 1;
    private static final int CREDIT_TO_ROUTER = 2;
    private static final int CREDIT_TO_NODE = 3;

    private final NocConfig config;
    private final int nodes;
    private final int vcs;
    private final Router[] routers;
    private final PacketListener listener;
    /** The routers' view of the links; kept private so the flit type stays inside the package. */
    private final RouterPorts ports = new RouterPorts() {
        @Override
        public void sendFlit(int router, int port, Flit flit, long sendCycle) {
            Network.this.sendFlit(router, port, flit, sendCycle);
        }

        @Override
        public void sendCredit(int router, int port, int vc, long sendCycle) {
            Network.this.sendCredit(router, port, vc, sendCycle);
        }
    };

    // Output port wiring: for router r output o, the receiving router and input (or -1, node).
    private final int[][] outToRouter;
    private final int[][] outToPort;
    // Input port wiring: for router r input i, the sending router and output (or -1, node).
    private final int[][] inFromRouter;
    private final int[][] inFromPort;
    private final int[] injectRouter;
    private final int[] injectPort;
    private final int[] ejectRouter;
    private final int[] ejectPort;

    // Terminals.
    private final FlitQueue[] sourceQueue;
    private final DownstreamVcs[] injectionVcs;
    private final int[] lastInjectionVc;

    // Delivery wheel: events due at cycle c live in slot c % wheel.length.
    private final EventSlot[] wheel;

    private long now;
    private long nextPacketId;
    private long flitEvents;
    private long flitsInjected;
    private long flitsEjected;
    private long packetsDelivered;
    private long queuedFlits;
    private long scheduledEvents;
    private long routerLinkTraversals;

    /** Builds the network of {@code config} ({@link NocMemoryEstimate} says beforehand how much heap it takes). */
    public Network(NocConfig config, PacketListener listener) {
        this.config = config;
        this.listener = listener;
        this.vcs = config.numVcs();
        Topology topology = config.topology();
        NetworkLayout layout = topology.layout();
        RoutingFunction routing = topology.routing();
        this.nodes = layout.nodes();
        int r = layout.routers();
        routers = new Router[r];
        outToRouter = new int[r][];
        outToPort = new int[r][];
        inFromRouter = new int[r][];
        inFromPort = new int[r][];
        for (int i = 0; i < r; i++) {
            routers[i] = new Router(i, layout.routerInputs()[i], layout.routerOutputs()[i], config, routing, ports);
            outToRouter[i] = filled(layout.routerOutputs()[i]);
            outToPort[i] = filled(layout.routerOutputs()[i]);
            inFromRouter[i] = filled(layout.routerInputs()[i]);
            inFromPort[i] = filled(layout.routerInputs()[i]);
        }
        for (NetworkLayout.Link link : layout.links()) {
            outToRouter[link.fromRouter()][link.fromPort()] = link.toRouter();
            outToPort[link.fromRouter()][link.fromPort()] = link.toPort();
            inFromRouter[link.toRouter()][link.toPort()] = link.fromRouter();
            inFromPort[link.toRouter()][link.toPort()] = link.fromPort();
        }
        injectRouter = layout.injectRouter().clone();
        injectPort = layout.injectPort().clone();
        ejectRouter = layout.ejectRouter().clone();
        ejectPort = layout.ejectPort().clone();
        for (int n = 0; n < nodes; n++) {
            outToPort[ejectRouter[n]][ejectPort[n]] = n; // outToRouter stays -1: a node
            inFromPort[injectRouter[n]][injectPort[n]] = n;
        }
        sourceQueue = new FlitQueue[nodes];
        injectionVcs = new DownstreamVcs[nodes];
        lastInjectionVc = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            sourceQueue[n] = new FlitQueue(4);
            injectionVcs[n] = new DownstreamVcs(vcs, config.vcBufSize(), config.waitForTailCredit());
            lastInjectionVc[n] = vcs - 1;
        }
        wheel = new EventSlot[config.swAllocDelay() + config.linkLatency() + 3];
        for (int i = 0; i < wheel.length; i++) {
            wheel[i] = new EventSlot();
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * Queues a packet of {@code sizeFlits} flits at node {@code source}, created at
     * {@code creationCycle} (which may lie in the past, for lazily generated synthetic traffic).
     *
     * @return the packet id
     */
    public long offerPacket(int source, int dest, int sizeFlits, long creationCycle, boolean measured, Object payload) {
        if (source < 0 || source >= nodes || dest < 0 || dest >= nodes) {
            throw new IllegalArgumentException("packet from node " + source + " to node " + dest
                    + ": nodes are 0.." + (nodes - 1));
        }
        if (sizeFlits < 1) {
            throw new IllegalArgumentException("packet from node " + source + ": size must be at least 1 flit, got "
                    + sizeFlits);
        }
        long id = nextPacketId++;
        for (int i = 0; i < sizeFlits; i++) {
            sourceQueue[source].add(new Flit(id, source, dest, i == 0, i == sizeFlits - 1, creationCycle, measured,
                    payload), creationCycle);
        }
        queuedFlits += sizeFlits;
        return id;
    }

    /** Advances the network by one cycle. */
    public void step() {
        deliver();
        inject();
        for (Router router : routers) {
            if (router.busy()) {
                router.step(now);
            }
        }
        now++;
    }

    private void deliver() {
        EventSlot slot = wheel[(int) (now % wheel.length)];
        for (int e = 0; e < slot.size; e++) {
            int target = slot.target[e];
            int port = slot.port[e];
            switch (slot.kind[e]) {
                case FLIT_TO_ROUTER -> {
                    flitEvents++;
                    routers[target].receiveFlit(port, slot.flit[e], now);
                }
                case FLIT_TO_NODE -> eject(target, slot.flit[e]);
                case CREDIT_TO_ROUTER -> routers[target].receiveCredit(port, slot.vc[e], now);
                case CREDIT_TO_NODE -> injectionVcs[target].credit(slot.vc[e]);
                default -> throw new IllegalStateException("unknown event kind " + slot.kind[e]);
            }
            slot.flit[e] = null;
        }
        scheduledEvents -= slot.size;
        slot.size = 0;
    }

    private void eject(int node, Flit flit) {
        flitEvents++;
        flitsEjected++;
        schedule(now + 1 + config.linkLatency(), CREDIT_TO_ROUTER, ejectRouter[node], ejectPort[node], flit.vc, null);
        if (flit.dest != node) {
            throw new IllegalStateException("packet " + flit.packetId + " for node " + flit.dest
                    + " was ejected at node " + node + " (routing error)");
        }
        if (flit.tail) {
            packetsDelivered++;
            if (listener != null) {
                listener.delivered(new PacketListener.DeliveredPacket(flit.packetId, flit.source, flit.dest,
                        flit.creationCycle, flit.measured, flit.hops, flit.payload), now);
            }
        }
    }

    private void inject() {
        for (int n = 0; n < nodes; n++) {
            FlitQueue q = sourceQueue[n];
            if (q.isEmpty()) {
                continue;
            }
            Flit f = q.peek();
            DownstreamVcs down = injectionVcs[n];
            if (f.head && f.vc < 0) {
                for (int i = 1; i <= vcs; i++) {
                    int vc = (lastInjectionVc[n] + i) % vcs;
                    if (down.isAvailable(vc) && !down.isFull(vc)) {
                        f.vc = vc;
                        break;
                    }
                }
                if (f.vc < 0) {
                    continue;
                }
                down.take(f.vc, n);
                lastInjectionVc[n] = f.vc;
            }
            if (down.isFull(f.vc)) {
                continue;
            }
            q.poll();
            queuedFlits--;
            down.sendingFlit(f.vc, f.tail);
            if (!f.tail) {
                q.peek().vc = f.vc;
            }
            flitsInjected++;
            schedule(now + 1 + config.linkLatency(), FLIT_TO_ROUTER, injectRouter[n], injectPort[n], 0, f);
        }
    }

    private void sendFlit(int router, int port, Flit flit, long sendCycle) {
        int toRouter = outToRouter[router][port];
        int toPort = outToPort[router][port];
        if (toPort < 0) {
            throw new IllegalStateException("router " + router + " sent a flit to unconnected output " + port);
        }
        long at = sendCycle + 1 + config.linkLatency();
        if (toRouter < 0) {
            schedule(at, FLIT_TO_NODE, toPort, 0, 0, flit);
        } else {
            flit.hops++;
            routerLinkTraversals++;
            schedule(at, FLIT_TO_ROUTER, toRouter, toPort, 0, flit);
        }
    }

    private void sendCredit(int router, int port, int vc, long sendCycle) {
        int fromRouter = inFromRouter[router][port];
        int fromPort = inFromPort[router][port];
        long at = sendCycle + 1 + config.linkLatency();
        if (fromRouter < 0) {
            schedule(at, CREDIT_TO_NODE, fromPort, 0, vc, null);
        } else {
            schedule(at, CREDIT_TO_ROUTER, fromRouter, fromPort, vc, null);
        }
    }

    private void schedule(long at, int kind, int target, int port, int vc, Flit flit) {
        if (at <= now || at - now >= wheel.length) {
            throw new IllegalStateException("event at cycle " + at + " outside the delivery window from cycle " + now);
        }
        wheel[(int) (at % wheel.length)].add(kind, target, port, vc, flit);
        scheduledEvents++;
    }

    public long now() {
        return now;
    }

    /** True when no flit or credit is anywhere in the network or its source queues. */
    public boolean idle() {
        if (queuedFlits > 0 || scheduledEvents > 0) {
            return false;
        }
        for (Router r : routers) {
            if (r.busy()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves an idle network's clock forward to {@code cycle} without stepping the cycles between
     * (nothing would happen in them). Lets a kernel component suspend its clock while idle.
     */
    public void skipTo(long cycle) {
        if (cycle < now) {
            throw new IllegalArgumentException("cannot move the network back from cycle " + now + " to " + cycle);
        }
        if (cycle > now && !idle()) {
            throw new IllegalStateException("cannot skip cycles of a busy network (cycle " + now + ")");
        }
        now = cycle;
    }

    public int nodes() {
        return nodes;
    }

    public NocConfig config() {
        return config;
    }

    public boolean sourceQueueEmpty(int node) {
        return sourceQueue[node].isEmpty();
    }

    /** Flits that crossed a link (injection, router-to-router or ejection) so far. */
    public long flitEvents() {
        return flitEvents;
    }

    /** Flits sent over router-to-router links (injection and ejection channels excluded). */
    public long routerLinkTraversals() {
        return routerLinkTraversals;
    }

    public long flitsInjected() {
        return flitsInjected;
    }

    public long flitsEjected() {
        return flitsEjected;
    }

    public long packetsDelivered() {
        return packetsDelivered;
    }

    /** Flits waiting in source queues. */
    public long queuedFlits() {
        return queuedFlits;
    }

    /** Flits in source queues, links and router buffers. */
    public long flitsInFlight() {
        return queuedFlits + flitsInjected - flitsEjected;
    }

    public long bufferWrites() {
        long sum = 0;
        for (Router r : routers) {
            sum += r.bufferWrites();
        }
        return sum;
    }

    public long switchTraversals() {
        long sum = 0;
        for (Router r : routers) {
            sum += r.switchTraversals();
        }
        return sum;
    }

    public long vcAllocFailures() {
        long sum = 0;
        for (Router r : routers) {
            sum += r.vcAllocFailures();
        }
        return sum;
    }

    public long swAllocFailures() {
        long sum = 0;
        for (Router r : routers) {
            sum += r.swAllocFailures();
        }
        return sum;
    }

    /** Events due at one cycle, in parallel arrays that grow once and are reused. */
    private static final class EventSlot {
        int size;
        int[] kind = new int[16];
        int[] target = new int[16];
        int[] port = new int[16];
        int[] vc = new int[16];
        Flit[] flit = new Flit[16];

        void add(int k, int t, int p, int v, Flit f) {
            if (size == kind.length) {
                int c = size << 1;
                kind = Arrays.copyOf(kind, c);
                target = Arrays.copyOf(target, c);
                port = Arrays.copyOf(port, c);
                vc = Arrays.copyOf(vc, c);
                flit = Arrays.copyOf(flit, c);
            }
            kind[size] = k;
            target[size] = t;
            port[size] = p;
            vc[size] = v;
            flit[size] = f;
            size++;
        }
    }
}
