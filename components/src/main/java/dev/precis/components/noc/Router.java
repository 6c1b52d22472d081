package dev.precis.components.noc;

/**
 * A cycle-level input-queued virtual-channel router, with the semantics of BookSim2's IQ router
 * (booksim/booksim2 src/routers/iq_router.cpp, read for its behaviour; this is our own code):
 * <ol>
 *   <li>a head flit at the front of an idle VC is routed (lookahead when routingDelay is 0);</li>
 *   <li>virtual-channel allocation: each routed VC requests every free VC of its output's allowed
 *       range, an iSLIP allocator matches input VCs to output VCs;</li>
 *   <li>switch allocation: VCs that hold an output VC and have a credit for it request their output;
 *       with input speedup S, VC v of input i sits on crossbar input i*S + v%S, and per crossbar
 *       input and output only the round-robin-first VC requests; an iSLIP allocator matches
 *       crossbar inputs to outputs;</li>
 *   <li>a granted flit leaves its buffer (its credit goes upstream), crosses the switch and queues
 *       at the output, which sends one flit per cycle onto the link.</li>
 * </ol>
 * A stage evaluated at cycle e with delay d completes at e+d-1 and the next stage can evaluate at
 * e+d. Returned credits are usable creditDelay cycles after they arrive. Contention and
 * head-of-line blocking follow from these rules; nothing is computed from a formula.
 */
final class Router {

    private static final byte IDLE = 0;
    private static final byte VC_ALLOC = 1;
    private static final byte ACTIVE = 2;

    private final int id;
    private final int outputs;
    private final int vcs;
    private final int depth;
    private final int speedup;
    private final NocConfig config;
    private final RoutingFunction routing;
    private final RouterPorts ports;

    // Input side, indexed by input VC iv = port * vcs + vc.
    private final Flit[] buffer;
    private final int[] bufferHead;
    private final int[] bufferCount;
    private final byte[] state;
    private final long[] readyCycle;
    private final int[] routePort;
    private final int[] routeVcLow;
    private final int[] routeVcHigh;
    private final int[] assignedPort;
    private final int[] assignedVc;
    private final int[] swRoundRobinOffset;

    // Output side.
    private final DownstreamVcs[] downstream;
    private final FlitQueue[] outputQueue;
    private final IslipAllocator vcAllocator;
    private final IslipAllocator swAllocator;
    private final int[] requesters;
    private final int[] swRequesters;
    private final boolean[] swRequested;

    // Credits waiting out creditDelay: FIFO of (cycle usable, port, vc).
    private long[] creditReady = new long[64];
    private int[] creditPort = new int[64];
    private int[] creditVc = new int[64];
    private int creditHead;
    private int creditCount;

    private int bufferedFlits;
    /** Input VCs in the VC_ALLOC state (lets a router skip VC allocation when none waits). */
    private int awaitingVc;
    private int queuedOutputFlits;

    private long bufferWrites;
    private long switchTraversals;
    private long vcAllocFailures;
    private long swAllocFailures;

    Router(int id, int inputs, int outputs, NocConfig config, RoutingFunction routing, RouterPorts ports) {
        this.id = id;
        this.outputs = outputs;
        this.vcs = config.vcs();
        this.depth = config.vcBufferFlits();
        this.speedup = config.inputSpeedup();
        this.config = config;
        this.routing = routing;
        this.ports = ports;
        int ivs = inputs * vcs;
        buffer = new Flit[ivs * depth];
        bufferHead = new int[ivs];
        bufferCount = new int[ivs];
        state = new byte[ivs];
        readyCycle = new long[ivs];
        routePort = new int[ivs];
        routeVcLow = new int[ivs];
        routeVcHigh = new int[ivs];
        assignedPort = new int[ivs];
        assignedVc = new int[ivs];
        swRoundRobinOffset = new int[inputs * speedup];
        for (int e = 0; e < swRoundRobinOffset.length; e++) {
            swRoundRobinOffset[e] = e % speedup;
        }
        downstream = new DownstreamVcs[outputs];
        outputQueue = new FlitQueue[outputs];
        for (int o = 0; o < outputs; o++) {
            downstream[o] = new DownstreamVcs(vcs, depth, config.waitForTailCredit());
            outputQueue[o] = new FlitQueue(4);
        }
        vcAllocator = new IslipAllocator(ivs, outputs * vcs, config.allocatorIterations());
        swAllocator = new IslipAllocator(inputs * speedup, outputs, config.allocatorIterations());
        requesters = new int[ivs];
        swRequesters = new int[inputs * speedup];
        swRequested = new boolean[inputs * speedup];
    }

    /** A flit arrives at input {@code port} at cycle {@code now} (before {@link #step}). */
    void receiveFlit(int port, Flit flit, long now) {
        int iv = port * vcs + flit.vc;
        if (bufferCount[iv] >= depth) {
            throw new IllegalStateException("router " + id + ": input " + port + " VC " + flit.vc
                    + " overflows its " + depth + "-flit buffer (credit protocol violated)");
        }
        buffer[iv * depth + ((bufferHead[iv] + bufferCount[iv]) % depth)] = flit;
        bufferCount[iv]++;
        bufferedFlits++;
        bufferWrites++;
        flit.arrivalCycle = now;
        if (state[iv] == IDLE) {
            if (!flit.head) {
                throw new IllegalStateException("router " + id + ": body flit of packet " + flit.packetId
                        + " arrived at idle input " + port + " VC " + flit.vc);
            }
            startPacket(iv, flit, now);
        }
    }

    /** A credit for {@code vc} of the buffer behind output {@code port} arrives at cycle {@code now}. */
    void receiveCredit(int port, int vc, long now) {
        if (creditCount == creditReady.length) {
            growCredits();
        }
        int tail = (creditHead + creditCount) & (creditReady.length - 1);
        creditReady[tail] = now + config.creditDelay();
        creditPort[tail] = port;
        creditVc[tail] = vc;
        creditCount++;
    }

    /** True while the router holds flits or credits it still has to act on. */
    boolean busy() {
        return bufferedFlits > 0 || queuedOutputFlits > 0 || creditCount > 0;
    }

    void step(long now) {
        processCredits(now);
        if (awaitingVc > 0) {
            allocateVcs(now);
        }
        if (bufferedFlits > 0) {
            allocateSwitch(now);
        }
        if (queuedOutputFlits > 0) {
            sendOutputs(now);
        }
    }

    private void processCredits(long now) {
        while (creditCount > 0 && creditReady[creditHead] <= now) {
            downstream[creditPort[creditHead]].credit(creditVc[creditHead]);
            creditHead = (creditHead + 1) & (creditReady.length - 1);
            creditCount--;
        }
    }

    private void startPacket(int iv, Flit headFlit, long start) {
        Route route = routing.route(id, iv / vcs, iv % vcs, headFlit.dest, vcs);
        if (route.outputPort() < 0 || route.outputPort() >= outputs) {
            throw new IllegalStateException("router " + id + ": routing gave output " + route.outputPort()
                    + " for destination " + headFlit.dest + ", router has " + outputs + " outputs");
        }
        routePort[iv] = route.outputPort();
        routeVcLow[iv] = route.vcLow();
        routeVcHigh[iv] = route.vcHigh();
        state[iv] = VC_ALLOC;
        awaitingVc++;
        readyCycle[iv] = start + config.routingDelay();
    }

    private void allocateVcs(long now) {
        int count = 0;
        vcAllocator.clear();
        for (int iv = 0; iv < state.length; iv++) {
            if (state[iv] != VC_ALLOC || readyCycle[iv] > now) {
                continue;
            }
            int port = routePort[iv];
            long range = (-1L >>> (63 - (routeVcHigh[iv] - routeVcLow[iv]))) << routeVcLow[iv];
            long wanted = downstream[port].availableMask() & range;
            int first = port * vcs;
            if ((first >>> 6) == ((first + vcs - 1) >>> 6)) {
                vcAllocator.addRequests(iv, first, wanted);
            } else {
                for (long bits = wanted; bits != 0; bits &= bits - 1) {
                    vcAllocator.addRequest(iv, first + Long.numberOfTrailingZeros(bits), 0);
                }
            }
            requesters[count++] = iv;
        }
        if (count == 0) {
            return;
        }
        vcAllocator.allocate();
        for (int r = 0; r < count; r++) {
            int iv = requesters[r];
            int match = vcAllocator.outputAssigned(iv);
            readyCycle[iv] = now + config.vcAllocDelay();
            if (match >= 0) {
                int port = match / vcs;
                int ov = match % vcs;
                downstream[port].take(ov, iv);
                assignedPort[iv] = port;
                assignedVc[iv] = ov;
                state[iv] = ACTIVE;
                awaitingVc--;
            } else {
                vcAllocFailures++;
            }
        }
    }

    private void allocateSwitch(long now) {
        int count = 0;
        swAllocator.clear();
        for (int iv = 0; iv < state.length; iv++) {
            if (state[iv] != ACTIVE || bufferCount[iv] == 0 || readyCycle[iv] > now) {
                continue;
            }
            int port = assignedPort[iv];
            if (downstream[port].isFull(assignedVc[iv])) {
                continue;
            }
            int in = iv / vcs;
            int vc = iv % vcs;
            int expanded = in * speedup + vc % speedup;
            if (swAllocator.hasRequest(expanded, port)) {
                int other = swAllocator.requestLabel(expanded, port);
                int offset = swRoundRobinOffset[expanded];
                if (Math.floorMod(vc - offset, vcs) < Math.floorMod(other - offset, vcs)) {
                    swAllocator.relabel(expanded, port, vc);
                }
            } else {
                swAllocator.addRequest(expanded, port, vc);
            }
            if (!swRequested[expanded]) {
                swRequested[expanded] = true;
                swRequesters[count++] = expanded;
            }
        }
        if (count == 0) {
            return;
        }
        swAllocator.allocate();
        long update = now + config.swAllocDelay() - 1;
        for (int r = 0; r < count; r++) {
            int expanded = swRequesters[r];
            swRequested[expanded] = false;
            int port = swAllocator.outputAssigned(expanded);
            if (port < 0) {
                swAllocFailures++;
                continue;
            }
            int vc = swAllocator.requestLabel(expanded, port);
            int in = expanded / speedup;
            depart(in * vcs + vc, in, vc, port, expanded, update);
        }
    }

    /** The granted flit at the front of input VC {@code iv} leaves its buffer at cycle {@code update}. */
    private void depart(int iv, int in, int vc, int port, int expanded, long update) {
        int slot = iv * depth + bufferHead[iv];
        Flit flit = buffer[slot];
        buffer[slot] = null;
        bufferHead[iv] = (bufferHead[iv] + 1) % depth;
        bufferCount[iv]--;
        bufferedFlits--;
        switchTraversals++;

        int outVc = assignedVc[iv];
        downstream[port].sendingFlit(outVc, flit.tail);
        swRoundRobinOffset[expanded] = (vc + speedup) % vcs;
        flit.vc = outVc;
        outputQueue[port].add(flit, update + config.crossbarDelay());
        queuedOutputFlits++;
        ports.sendCredit(id, in, vc, update);

        readyCycle[iv] = update + 1;
        if (flit.tail) {
            if (bufferCount[iv] == 0) {
                state[iv] = IDLE;
            } else {
                startPacket(iv, buffer[iv * depth + bufferHead[iv]], update + 1);
            }
        }
    }

    private void sendOutputs(long now) {
        for (int o = 0; o < outputs; o++) {
            FlitQueue q = outputQueue[o];
            if (!q.isEmpty() && q.peekReady() <= now) {
                queuedOutputFlits--;
                ports.sendFlit(id, o, q.poll(), now);
            }
        }
    }

    private void growCredits() {
        int capacity = creditReady.length << 1;
        long[] r = new long[capacity];
        int[] p = new int[capacity];
        int[] v = new int[capacity];
        for (int i = 0; i < creditCount; i++) {
            int from = (creditHead + i) & (creditReady.length - 1);
            r[i] = creditReady[from];
            p[i] = creditPort[from];
            v[i] = creditVc[from];
        }
        creditReady = r;
        creditPort = p;
        creditVc = v;
        creditHead = 0;
    }

    long bufferWrites() {
        return bufferWrites;
    }

    long switchTraversals() {
        return switchTraversals;
    }

    long vcAllocFailures() {
        return vcAllocFailures;
    }

    long swAllocFailures() {
        return swAllocFailures;
    }
}
