package dev.precis.components.sram;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.ExtensionKey;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.Command;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;

/**
 * An SRAM buffer as a kernel component: READ and WRITE requests on target port {@code in}
 * (approximately timed with back-pressure once {@link SramConfig#queueDepth()} requests are held, or loosely
 * timed). Each request's completion time comes from {@link SramBuffer}: words stream at the port
 * rate, bank conflicts serialise. A request that leaves the buffer, or a write whose
 * {@link #TILE_BYTES} extension announces a tile too large for a half (or the whole buffer when not
 * double-buffered), fails the run with an error naming the buffer and the sizes.
 */
public final class SramComponent extends Component {

    /** Size of the tile a write belongs to; checked against the space a tile may occupy. */
    public static final ExtensionKey<Long> TILE_BYTES = ExtensionKey.of("sram.tileBytes", Long.class);

    private final SramConfig config;
    private final ClockDomain clockDomain;
    private SramBuffer buffer;

    private long wordReadsReported;
    private long wordWritesReported;
    private Counter reads;
    private Counter writes;
    private Counter bytesRead;
    private Counter bytesWritten;
    private Counter bankConflictCycles;
    private Accumulator dynamicEnergyPj;
    private Accumulator leakageEnergyPj;
    private Accumulator areaMm2;

    public SramComponent(SramConfig config) {
        this.config = config;
        this.buffer = new SramBuffer(config);
        this.clockDomain = new ClockDomain(config.name(), config.clockHz());
        TargetSocket.declare(this, "in", config.queueDepth(), Integer.MAX_VALUE, this::serviceLatencyPs);
    }

    @Override
    protected void onEndOfElaboration() {
        // Errors name the buffer by its place in the model.
        buffer = new SramBuffer(config.withName(name()));
        if (buffer.cacti().extrapolated()) {
            ctx().log().warn("{}: energy and area extrapolated from the CACTI 7 table: {}", name(),
                    buffer.cacti().extrapolation());
        }
        reads = ctx().stats().counter(SramComponentType.READS);
        writes = ctx().stats().counter(SramComponentType.WRITES);
        bytesRead = ctx().stats().counter(SramComponentType.BYTES_READ);
        bytesWritten = ctx().stats().counter(SramComponentType.BYTES_WRITTEN);
        bankConflictCycles = ctx().stats().counter(SramComponentType.BANK_CONFLICT_CYCLES);
        dynamicEnergyPj = ctx().stats().accumulator(SramComponentType.DYNAMIC_ENERGY);
        leakageEnergyPj = ctx().stats().accumulator(SramComponentType.LEAKAGE_ENERGY);
        areaMm2 = ctx().stats().accumulator(SramComponentType.AREA);
    }

    private long serviceLatencyPs(Transaction tx) {
        if (tx.command() != Command.READ && tx.command() != Command.WRITE) {
            throw new IllegalArgumentException("SRAM buffer '" + name() + "' serves READ and WRITE, got "
                    + tx);
        }
        boolean write = tx.command() == Command.WRITE;
        if (write) {
            tx.extension(TILE_BYTES).ifPresent(buffer::requireTileFits);
        }
        long now = ctx().now();
        long startCycle = clockDomain.psToCycle(now);
        if (clockDomain.cyclesToPs(startCycle) != now) {
            startCycle++;
        }
        long conflictsBefore = buffer.bankConflictCycles();
        long done = buffer.access(startCycle, write, tx.address(), tx.sizeBytes());
        bankConflictCycles.add(buffer.bankConflictCycles() - conflictsBefore);
        reads.add(buffer.wordReads() - wordReadsReported);
        writes.add(buffer.wordWrites() - wordWritesReported);
        wordReadsReported = buffer.wordReads();
        wordWritesReported = buffer.wordWrites();
        if (write) {
            bytesWritten.add(tx.sizeBytes());
        } else {
            bytesRead.add(tx.sizeBytes());
        }
        return clockDomain.cyclesToPs(done) - now;
    }

    @Override
    protected void onEnd() {
        dynamicEnergyPj.add(buffer.dynamicEnergyPj());
        leakageEnergyPj.add(buffer.leakageEnergyPj(clockDomain.psToCycle(ctx().now())));
        areaMm2.add(buffer.costs().areaMm2());
    }

    public SramBuffer buffer() {
        return buffer;
    }
}
