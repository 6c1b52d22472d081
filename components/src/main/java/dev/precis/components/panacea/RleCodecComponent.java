package dev.precis.components.panacea;

import dev.precis.components.pe.SliceStats;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.DeferredTargetSocket;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RleCodec} on the memory path: target port {@code in} (from the controller or DMA), initiator port
 * {@code out} (to the memory). The encoder takes WRITE transfers carrying {@link SliceStats}, encodes them
 * (its own latency and throughput; transfers are coded one after another) and writes the compressed size; the
 * decoder reads the compressed size for READ transfers carrying {@link SliceStats} and decodes what returns.
 * Each transfer is answered on {@code in} at its original (dense) size once the memory answered and the codec is
 * done with it. Transfers the codec does not code (other commands, no slice statistics: weights, partial sums)
 * pass through unchanged. A transfer whose size is not the dense size of its slice statistics fails the run.
 */
public final class RleCodecComponent extends Component {
    static final StatSpec CODED = new StatSpec("transfers", "count", "transfers coded");
    static final StatSpec PASSED = new StatSpec("passedThrough", "count", "transfers passed through uncoded");
    static final StatSpec DENSE = new StatSpec("denseBytes", "bytes", "bytes of the coded transfers before compression");
    static final StatSpec COMPRESSED = new StatSpec("compressedBytes", "bytes", "bytes of the coded transfers on the memory side");
    static final StatSpec BUSY = new StatSpec("busyCycles", "cycles", "cycles spent coding");
    static final StatSpec ENERGY = new StatSpec("codecEnergyPj", "pJ", "dynamic energy of coding");
    static final StatSpec LEAKAGE = new StatSpec("leakagePowerMw", "mW", "static power (one sample)");
    static final StatSpec AREA = new StatSpec("areaMm2", "mm2", "silicon area (one sample)");
    static final List<StatSpec> STATISTICS = TargetSocket.statistics("in", CODED, PASSED, DENSE, COMPRESSED, BUSY,
            ENERGY, LEAKAGE, AREA);

    private final RleCodec model;
    private final String typeName;
    private final ClockDomain clock;
    private final DeferredTargetSocket in;
    private final InitiatorSocket out;
    private final Map<Long, Transaction> upstream = new HashMap<>();
    private final Map<Long, RleCodec.Coding> toDecode = new HashMap<>();
    private long busyUntilPs;
    private Counter coded;
    private Counter passed;
    private Counter denseBytes;
    private Counter compressedBytes;
    private Counter busyCycles;
    private Accumulator energyPj;

    public RleCodecComponent(RleCodec model, String typeName, ClockDomain clock, int queueDepth) {
        this.model = model;
        this.typeName = typeName;
        this.clock = clock;
        this.in = DeferredTargetSocket.declare(this, "in", queueDepth, this::accepted);
        this.out = InitiatorSocket.declare(this, "out", this::answered);
    }

    @Override
    protected void onEndOfElaboration() {
        var s = ctx().stats();
        coded = s.counter(CODED);
        passed = s.counter(PASSED);
        denseBytes = s.counter(DENSE);
        compressedBytes = s.counter(COMPRESSED);
        busyCycles = s.counter(BUSY);
        energyPj = s.accumulator(ENERGY);
        s.accumulator(LEAKAGE).add(model.leakagePowerMw());
        s.accumulator(AREA).add(model.areaMm2());
    }

    private void accepted(Transaction tx) {
        Command coding = model.direction() == RleCodec.Direction.ENCODE ? Command.WRITE : Command.READ;
        SliceStats slices = tx.command() == coding ? tx.extension(SliceStats.KEY).orElse(null) : null;
        upstream.put(tx.id(), tx);
        if (slices == null) {
            passed.increment();
            out.send(tx);
            return;
        }
        RleCodec.Coding c;
        try {
            c = model.code(slices);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(typeName + " " + name() + ": transfer " + tx.id() + ": " + e.getMessage(), e);
        }
        if (tx.sizeBytes() != c.denseBytes()) {
            throw new IllegalArgumentException(typeName + " " + name() + ": transfer " + tx.id() + " of " + tx.sizeBytes()
                    + " bytes, but its pe.slices describe " + slices.values() + " values of " + (slices.hoBits() + slices.loBits())
                    + " bits = " + c.denseBytes() + " bytes");
        }
        coded.increment();
        denseBytes.add(c.denseBytes());
        compressedBytes.add(c.compressedBytes());
        busyCycles.add(c.cycles());
        energyPj.add(c.energyPj());
        Transaction compressed = tx.withSizeBytes(c.compressedBytes());
        if (model.direction() == RleCodec.Direction.ENCODE) {
            long done = occupy(c.cycles());
            ctx().after(done - ctx().now(), () -> out.send(compressed));
        } else {
            toDecode.put(tx.id(), c);
            out.send(compressed);
        }
    }

    /** Reserves the codec for {@code cycles} after what it is already doing; returns when it is done. */
    private long occupy(long cycles) {
        long start = Math.max(clock.nextEdgeAtOrAfter(ctx().now()), busyUntilPs);
        busyUntilPs = clock.cyclesToPs(clock.psToCycle(start) + cycles);
        return busyUntilPs;
    }

    private void answered(Transaction response) {
        Transaction original = upstream.remove(response.id());
        if (original == null) {
            throw new IllegalStateException(name() + ".out: answer " + response + " to no transfer of this codec");
        }
        RleCodec.Coding decode = toDecode.remove(response.id());
        if (decode == null) {
            in.respond(original, response.status());
        } else {
            long done = occupy(decode.cycles());
            ctx().after(done - ctx().now(), () -> in.respond(original, response.status()));
        }
    }
}
