package dev.precis.components.memory;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory interface that moves {@code widthBits} bits every cycle, reads and writes alike, with no latency
 * beyond that (the ANT/BitFusion simulator's memory model). Requests are served one after another; requests
 * served back to back form one stream that shares cycles, so a cycle's unused bits carry to the next request:
 * a stream of {@code n} bits takes {@code ceil(n / W)} cycles however it is cut into requests, and one request
 * on its own takes {@code ceil(bits / W)}. A request that finds the interface idle starts at the next clock
 * edge. Energy: a fixed cost per bit read and written, and a background power while the model runs (the
 * artifact's DRAM figures are preset values of a composition, not defaults here).
 */
public final class IdealMemoryComponent extends Component {

    public static final StatSpec READ_BITS = new StatSpec("readBits", "bits", "bits read");
    public static final StatSpec WRITE_BITS = new StatSpec("writeBits", "bits", "bits written");
    public static final StatSpec READS = new StatSpec("reads", "count", "READ requests served");
    public static final StatSpec WRITES = new StatSpec("writes", "count", "WRITE requests served");
    public static final StatSpec BUSY_CYCLES = new StatSpec("transferCycles", "cycles", "cycles the interface moved data");
    public static final StatSpec ENERGY = new StatSpec("energyPj", "pJ", "dynamic energy of the bits moved");
    public static final StatSpec BACKGROUND_POWER = new StatSpec("backgroundPowerMw", "mW",
            "static (background) power of the memory (one sample)");

    /** The one port. */
    public static final PortSpec IN_PORT = new PortSpec("in", PortDirection.TARGET,
            "READ and WRITE requests (size in bytes, or exactly in bits under mem.bits); answered when the last bit has moved");

    /** Every statistic the memory registers. */
    public static List<StatSpec> statistics() {
        List<StatSpec> all = new ArrayList<>(List.of(READ_BITS, WRITE_BITS, READS, WRITES, BUSY_CYCLES, ENERGY,
                BACKGROUND_POWER));
        all.addAll(TargetSocket.statistics("in"));
        return all;
    }

    private final ClockDomain clock;
    private final int widthBits;
    private final double readPjPerBit;
    private final double writePjPerBit;
    private final double backgroundPowerMw;
    private long streamStartCycle;
    private long streamBits;
    private long streamEndCycle;
    private long streamEndPs = -1;
    private Counter readBits;
    private Counter writeBits;
    private Counter reads;
    private Counter writes;
    private Counter busyCycles;
    private Accumulator energyPj;

    public IdealMemoryComponent(ClockDomain clock, int widthBits, double readPjPerBit, double writePjPerBit,
                                double backgroundPowerMw, int queueDepth) {
        if (widthBits < 1) throw new IllegalArgumentException("widthBits must be >= 1, got " + widthBits);
        this.clock = clock;
        this.widthBits = widthBits;
        this.readPjPerBit = readPjPerBit;
        this.writePjPerBit = writePjPerBit;
        this.backgroundPowerMw = backgroundPowerMw;
        TargetSocket.declare(this, "in", queueDepth, 1, this::serve);
    }

    public int widthBits() {
        return widthBits;
    }

    public ClockDomain clock() {
        return clock;
    }

    @Override
    protected void onEndOfElaboration() {
        var s = ctx().stats();
        readBits = s.counter(READ_BITS);
        writeBits = s.counter(WRITE_BITS);
        reads = s.counter(READS);
        writes = s.counter(WRITES);
        busyCycles = s.counter(BUSY_CYCLES);
        energyPj = s.accumulator(ENERGY);
        s.accumulator(BACKGROUND_POWER).add(backgroundPowerMw);
    }

    private long serve(Transaction tx) {
        boolean read = switch (tx.command()) {
            case READ -> true;
            case WRITE -> false;
            default -> throw new IllegalArgumentException(IdealMemoryType.NAME + " " + name()
                    + " serves READ and WRITE, got " + tx.command() + " (transaction " + tx.id() + ")");
        };
        long bits = tx.extension(TransferBits.KEY).map(TransferBits::bits).orElse(Math.multiplyExact(tx.sizeBytes(), 8L));
        long now = ctx().now();
        if (now > streamEndPs) {
            // The interface was idle: a new stream starts at the next edge.
            streamStartCycle = clock.psToCycle(clock.nextEdgeAtOrAfter(now));
            streamBits = 0;
            streamEndCycle = streamStartCycle;
        }
        streamBits = Math.addExact(streamBits, bits);
        long end = streamStartCycle + (streamBits + widthBits - 1) / widthBits;
        busyCycles.add(end - streamEndCycle);
        streamEndCycle = end;
        streamEndPs = clock.cyclesToPs(end);
        if (read) {
            reads.increment();
            readBits.add(bits);
            energyPj.add(bits * readPjPerBit);
        } else {
            writes.increment();
            writeBits.add(bits);
            energyPj.add(bits * writePjPerBit);
        }
        return streamEndPs - now;
    }
}
