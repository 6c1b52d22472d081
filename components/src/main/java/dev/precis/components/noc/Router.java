package dev.precis.components.noc;

/**
 * A cycle-level input-queued virtual-channel router, with the semantics of BookSim2's IQ router
 * (booksim/booksim2 src/routers/iq_router.cpp and router.cpp, read for their behaviour; this is our own code):
 * <ol>
 *   <li>a head flit at the front of an idle VC is routed (lookahead when routingDelay is 0);</li>
 *   <li>virtual-channel allocation: each routed VC requests every free VC of its output's allowed
 *       range, an iSLIP allocator matches input VCs to output VCs;</li>
 *   <li>switch allocation: VCs that hold an output VC and have a credit for it request their output;
 *       with input speedup Si, VC v of input i sits on crossbar input i*Si + v%Si; with output speedup So,
 *       input i reaches output port o through crossbar output o*So + i%So; per crossbar input and output
 *       only the round-robin-first VC requests; an iSLIP allocator matches crossbar inputs to outputs;</li>
 *   <li>a granted flit leaves its buffer (its credit goes upstream), crosses the switch and queues
 *       at the output, which sends one flit per cycle onto the link.</li>
 * </ol>
 * With internal speedup S the pipeline takes S steps per cycle (BookSim2's {@code _InternalStep}); flits and
 * credits still enter and leave once per cycle, one flit per output and one credit message per input. Stage
 * readiness is kept as a step key = cycle * S + step. A stage evaluated at step e with delay 1 completes in that
 * step and the next stage can evaluate at step e + 1 (possibly in the same cycle); with delay d > 1 it completes
 * in the first step of cycle cycle(e) + d - 1 and the next stage can evaluate at the step after that. A granted
 * flit crosses the switch from the step after its switch allocation completes and leaves on the link
 * st_prepare_delay + st_final_delay - 1 cycles after that step's cycle. Returned credits are usable credit_delay
 * cycles after they arrive. Contention and head-of-line blocking follow from these rules; nothing is computed
 * from a formula.
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
    private final int outputSpeedup;
    private final int steps;
    private final NocConfig config;
    private final RoutingFunction routing;
    private final RouterPorts ports;

    // Input side, indexed by input VC iv = port * vcs + vc.
    private final Flit[] buffer;
    private final int[] bufferHead;
    private final int[] bufferCount;
    private final byte[] state;
    /** Step key from which the VC's next pipeline stage may evaluate. */
    private final long[] readyKey;
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

    // Credit messages waiting for their input's credit channel (only with internal speedup > 1, when an input
    // can free buffer slots in several steps of one cycle): per input a FIFO of (step key, VC mask).
    private final long[][] creditGroupKey;
    private final long[][] creditGroupMask;
    private final int[] creditGroupHead;
    private final int[] creditGroupCount;
    private int pendingCreditGroups;

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
        this.vcs = config.numVcs();
        this.depth = config.vcBufSize();
        this.speedup = config.inputSpeedup();
        this.outputSpeedup = config.outputSpeedup();
        this.steps = config.internalSpeedup();
        this.config = config;
        this.routing = routing;
        this.ports = ports;
        int ivs = inputs * vcs;
        buffer = new Flit[ivs * depth];
        bufferHead = new int[ivs];
        bufferCount = new int[ivs];
        state = new byte[ivs];
        readyKey = new long[ivs];
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
        vcAllocator = new IslipAllocator(ivs, outputs * vcs, config.allocIters());
        swAllocator = new IslipAllocator(inputs * speedup, outputs * outputSpeedup, config.allocIters());
        requesters = new int[ivs];
        swRequesters = new int[inputs * speedup];
        swRequested = new boolean[inputs * speedup];
        int groups = steps > 1 ? inputs : 0;
        creditGroupKey = new long[groups][];
        creditGroupMask = new long[groups][];
        creditGroupHead = new int[groups];
        creditGroupCount = new int[groups];
        for (int i = 0; i < groups; i++) {
            creditGroupKey[i] = new long[4];
            creditGroupMask[i] = new long[4];
        }
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
            // Input queuing is the first step of the cycle; a VC whose last tail is still completing a
            // multi-cycle switch allocation starts the new packet only after that.
            startPacket(iv, flit, Math.max(now * steps, readyKey[iv]));
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
        return bufferedFlits > 0 || queuedOutputFlits > 0 || creditCount > 0 || pendingCreditGroups > 0;
    }

    void step(long now) {
        processCredits(now);
        for (int s = 0; s < steps; s++) {
            long key = now * steps + s;
            if (awaitingVc > 0) {
                allocateVcs(key);
            }
            if (bufferedFlits > 0) {
                allocateSwitch(key);
            }
        }
        if (queuedOutputFlits > 0) {
            sendOutputs(now);
        }
        if (pendingCreditGroups > 0) {
            sendCreditGroups(now);
        }
    }

    /** Step key from which the stage after one evaluated at step {@code key} with {@code delay} may evaluate. */
    private long stageDone(long key, int delay) {
        return delay == 1 ? key + 1 : (key / steps + delay - 1) * steps + 1;
    }

    /** Step key in which a stage evaluated at {@code key} with {@code delay} completes. */
    private long completion(long key, int delay) {
        return delay == 1 ? key : (key / steps + delay - 1) * steps;
    }

    private void processCredits(long now) {
        while (creditCount > 0 && creditReady[creditHead] <= now) {
            downstream[creditPort[creditHead]].credit(creditVc[creditHead]);
            creditHead = (creditHead + 1) & (creditReady.length - 1);
            creditCount--;
        }
    }

    /** The head flit at the front of input VC {@code iv} starts routing at step {@code evalKey}. */
    private void startPacket(int iv, Flit headFlit, long evalKey) {
        int route = routing.route(id, iv / vcs, iv % vcs, headFlit.dest, vcs);
        int port = Route.outputPort(route);
        if (port >= outputs) {
            throw new IllegalStateException("router " + id + ": routing gave output " + port
                    + " for destination " + headFlit.dest + ", router has " + outputs + " outputs");
        }
        routePort[iv] = port;
        routeVcLow[iv] = Route.vcLow(route);
        routeVcHigh[iv] = Route.vcHigh(route);
        state[iv] = VC_ALLOC;
        awaitingVc++;
        readyKey[iv] = config.routingDelay() == 0 ? evalKey : stageDone(evalKey, config.routingDelay());
    }

    private void allocateVcs(long key) {
        int count = 0;
        vcAllocator.clear();
        for (int iv = 0; iv < state.length; iv++) {
            if (state[iv] != VC_ALLOC || readyKey[iv] > key) {
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
        long ready = stageDone(key, config.vcAllocDelay());
        for (int r = 0; r < count; r++) {
            int iv = requesters[r];
            int match = vcAllocator.outputAssigned(iv);
            readyKey[iv] = ready;
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

    private void allocateSwitch(long key) {
        int count = 0;
        int evaluated = 0;
        swAllocator.clear();
        for (int iv = 0; iv < state.length; iv++) {
            if (state[iv] != ACTIVE || bufferCount[iv] == 0 || readyKey[iv] > key) {
                continue;
            }
            requesters[evaluated++] = iv;
            int port = assignedPort[iv];
            if (downstream[port].isFull(assignedVc[iv])) {
                continue;
            }
            int in = iv / vcs;
            int vc = iv % vcs;
            int expanded = in * speedup + vc % speedup;
            int expandedOut = port * outputSpeedup + in % outputSpeedup;
            if (swAllocator.hasRequest(expanded, expandedOut)) {
                int other = swAllocator.requestLabel(expanded, expandedOut);
                int offset = swRoundRobinOffset[expanded];
                if (Math.floorMod(vc - offset, vcs) < Math.floorMod(other - offset, vcs)) {
                    swAllocator.relabel(expanded, expandedOut, vc);
                }
            } else {
                swAllocator.addRequest(expanded, expandedOut, vc);
            }
            if (!swRequested[expanded]) {
                swRequested[expanded] = true;
                swRequesters[count++] = expanded;
            }
        }
        if (evaluated == 0) {
            return;
        }
        long done = completion(key, config.swAllocDelay());
        // Every VC evaluated, granted or not, waits for the allocation to complete before it evaluates again.
        for (int r = 0; r < evaluated; r++) {
            readyKey[requesters[r]] = done + 1;
        }
        if (count == 0) {
            return;
        }
        swAllocator.allocate();
        for (int r = 0; r < count; r++) {
            int expanded = swRequesters[r];
            swRequested[expanded] = false;
            int expandedOut = swAllocator.outputAssigned(expanded);
            if (expandedOut < 0) {
                swAllocFailures++;
                continue;
            }
            int vc = swAllocator.requestLabel(expanded, expandedOut);
            int in = expanded / speedup;
            depart(in * vcs + vc, in, vc, expandedOut / outputSpeedup, expanded, done);
        }
    }

    /**
     * The granted flit at the front of input VC {@code iv} leaves its buffer in step {@code doneKey}, when its
     * switch allocation completes.
     */
    private void depart(int iv, int in, int vc, int port, int expanded, long doneKey) {
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
        // Switch traversal starts in the next step and ends crossbarDelay - 1 cycles after that step's cycle.
        outputQueue[port].add(flit, (doneKey + 1) / steps + config.crossbarDelay() - 1);
        queuedOutputFlits++;
        returnCredit(in, vc, doneKey);

        readyKey[iv] = doneKey + 1;
        if (flit.tail) {
            if (bufferCount[iv] == 0) {
                state[iv] = IDLE;
            } else {
                startPacket(iv, buffer[iv * depth + bufferHead[iv]], doneKey + 1);
            }
        }
    }

    /**
     * Returns the credit of a slot of input {@code in}, VC {@code vc} freed in step {@code doneKey}. An input
     * sends one credit message per cycle, carrying every VC freed in one step; with one step per cycle that is
     * always the step's own cycle, so the credit goes out at once.
     */
    private void returnCredit(int in, int vc, long doneKey) {
        if (steps == 1) {
            ports.sendCredit(id, in, vc, doneKey);
            return;
        }
        int count = creditGroupCount[in];
        long[] keys = creditGroupKey[in];
        long[] masks = creditGroupMask[in];
        if (count > 0) {
            int last = (creditGroupHead[in] + count - 1) & (keys.length - 1);
            if (keys[last] == doneKey) {
                masks[last] |= 1L << vc;
                return;
            }
        }
        if (count == keys.length) {
            growCreditGroups(in);
            keys = creditGroupKey[in];
            masks = creditGroupMask[in];
        }
        int tail = (creditGroupHead[in] + count) & (keys.length - 1);
        keys[tail] = doneKey;
        masks[tail] = 1L << vc;
        creditGroupCount[in]++;
        pendingCreditGroups++;
    }

    private void sendCreditGroups(long now) {
        for (int in = 0; in < creditGroupCount.length; in++) {
            if (creditGroupCount[in] == 0) {
                continue;
            }
            int head = creditGroupHead[in];
            if (creditGroupKey[in][head] / steps > now) {
                continue;
            }
            for (long bits = creditGroupMask[in][head]; bits != 0; bits &= bits - 1) {
                ports.sendCredit(id, in, Long.numberOfTrailingZeros(bits), now);
            }
            creditGroupHead[in] = (head + 1) & (creditGroupKey[in].length - 1);
            creditGroupCount[in]--;
            pendingCreditGroups--;
        }
    }

    private void growCreditGroups(int in) {
        long[] keys = creditGroupKey[in];
        long[] masks = creditGroupMask[in];
        int count = creditGroupCount[in];
        long[] k = new long[keys.length << 1];
        long[] m = new long[keys.length << 1];
        for (int i = 0; i < count; i++) {
            int from = (creditGroupHead[in] + i) & (keys.length - 1);
            k[i] = keys[from];
            m[i] = masks[from];
        }
        creditGroupKey[in] = k;
        creditGroupMask[in] = m;
        creditGroupHead[in] = 0;
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
