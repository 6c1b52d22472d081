package dev.precis.components.dram;

/**
 * All channels of a memory system behind one address space, stepped together. Each
 * {@link #tick()} first hands back completed requests, then advances every channel one DRAM
 * cycle (DRAMSim3's JedecDRAMSystem::ClockTick order).
 */
public final class DramSystem {

    private final DramConfig config;
    private final AddressMapping mapping;
    private final DramController[] channels;
    private final DramCompletionListener listener;
    private long clk;

    public DramSystem(DramConfig config, DramCompletionListener listener) {
        this(config, listener, true);
    }

    /** With {@code bankQueueFastPath} false, per-bank queues use the general FR-FCFS scan (for equivalence tests). */
    DramSystem(DramConfig config, DramCompletionListener listener, boolean bankQueueFastPath) {
        this.config = config;
        this.mapping = AddressMapping.of(config);
        this.listener = listener;
        CompiledTiming timing = new CompiledTiming(config);
        this.channels = new DramController[config.organization().channels()];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = new DramController(config, mapping, timing, bankQueueFastPath);
        }
    }

    public DramConfig config() {
        return config;
    }

    public AddressMapping mapping() {
        return mapping;
    }

    public int channelCount() {
        return channels.length;
    }

    public DramController channel(int index) {
        return channels[index];
    }

    /** Cycles ticked so far. */
    public long cycle() {
        return clk;
    }

    public boolean willAccept(long address, boolean write) {
        return channels[mapping.channel(address)].willAccept(write);
    }

    /** Queues a request; returns it. The caller checked {@link #willAccept}. */
    public DramTransaction add(long address, boolean write, Object tag) {
        DramTransaction t = new DramTransaction(address, write, tag);
        channels[mapping.channel(address)].add(t);
        return t;
    }

    public void tick() {
        for (DramController c : channels) {
            c.returnCompleted(listener);
        }
        for (DramController c : channels) {
            c.tick();
        }
        clk++;
    }

    public boolean isIdle() {
        for (DramController c : channels) {
            if (!c.isIdle()) {
                return false;
            }
        }
        return true;
    }

    /** The earliest cycle at which an idle system has work of its own (a refresh request). */
    public long nextSelfEventCycle() {
        long next = Long.MAX_VALUE;
        for (DramController c : channels) {
            next = Math.min(next, c.nextSelfEventCycle());
        }
        return next;
    }

    /** Jumps an idle system to {@code targetCycle} (no later than {@link #nextSelfEventCycle()}), as if ticked. */
    public void skipIdleUntil(long targetCycle) {
        if (targetCycle <= clk) {
            return;
        }
        for (DramController c : channels) {
            c.skipIdleUntil(targetCycle);
        }
        clk = targetCycle;
    }

    public int outstanding() {
        int n = 0;
        for (DramController c : channels) {
            n += c.outstanding();
        }
        return n;
    }
}
