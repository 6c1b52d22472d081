package dev.precis.components.drift;

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
 * {@link DriftDetector} on the kernel. Target port {@code in} takes COMPUTE transactions carrying
 * {@link ActivationTiles}; runs are detected one after another at the detector's clock, each forwarded on
 * {@code out} with {@link AssignedPrecisions} attached as soon as it is detected, and answered on {@code in} when
 * the downstream (the scheduler) answers it, so back-pressure reaches the controller.
 */
public final class DriftDetectorComponent extends Component {
    static final StatSpec TILES = new StatSpec("tiles", "count", "tiles detected");
    static final StatSpec VALUES = new StatSpec("values", "count", "values examined");
    static final StatSpec TILES_BY_BITS = new StatSpec("tiles.<b>b", "count", "tiles assigned <b> bits");
    static final StatSpec BUSY = new StatSpec("busyCycles", "cycles", "cycles spent detecting");
    static final StatSpec ENERGY = new StatSpec("detectEnergyPj", "pJ", "dynamic energy of the comparisons and counters");
    static final StatSpec LEAKAGE = new StatSpec("leakagePowerMw", "mW", "static power (one sample)");
    static final StatSpec AREA = new StatSpec("areaMm2", "mm2", "silicon area (one sample)");
    static final List<StatSpec> STATISTICS = TargetSocket.statistics("in", TILES, VALUES, TILES_BY_BITS, BUSY, ENERGY,
            LEAKAGE, AREA);

    private final DriftDetector model;
    private final ClockDomain clock;
    private final DeferredTargetSocket in;
    private final InitiatorSocket out;
    private final Map<Long, Transaction> forwarded = new HashMap<>();
    private final Map<Integer, Counter> tilesByBits = new HashMap<>();
    private long busyUntilPs;
    private Counter tiles;
    private Counter values;
    private Counter busyCycles;
    private Accumulator energyPj;

    public DriftDetectorComponent(DriftDetector model, ClockDomain clock, int queueDepth) {
        this.model = model;
        this.clock = clock;
        this.in = DeferredTargetSocket.declare(this, "in", queueDepth, this::accepted);
        this.out = InitiatorSocket.declare(this, "out", this::answered);
    }

    @Override
    protected void onEndOfElaboration() {
        var s = ctx().stats();
        tiles = s.counter(TILES);
        values = s.counter(VALUES);
        busyCycles = s.counter(BUSY);
        energyPj = s.accumulator(ENERGY);
        s.accumulator(LEAKAGE).add(model.leakagePowerMw());
        s.accumulator(AREA).add(model.areaMm2());
    }

    private void accepted(Transaction tx) {
        if (tx.command() != Command.COMPUTE) {
            throw new IllegalArgumentException(DriftDetectorType.NAME + " " + name() + " takes COMPUTE runs of tiles, got " + tx);
        }
        ActivationTiles run = tx.extension(ActivationTiles.KEY).orElseThrow(() -> new IllegalArgumentException(
                DriftDetectorType.NAME + " " + name() + ": COMPUTE transaction " + tx.id() + " carries no "
                        + ActivationTiles.KEY + " (ActivationTiles) extension"));
        DriftDetector.Detection d = model.detect(run);
        tiles.add(run.count());
        values.add(d.values());
        busyCycles.add(d.cycles());
        energyPj.add(d.energyPj());
        for (byte b : d.assignedBits()) {
            tilesByBits.computeIfAbsent((int) b, bits -> ctx().stats().counter(TILES_BY_BITS.member(bits))).increment();
        }
        long start = Math.max(clock.nextEdgeAtOrAfter(ctx().now()), busyUntilPs);
        busyUntilPs = clock.cyclesToPs(clock.psToCycle(start) + d.cycles());
        Transaction detected = tx.withExtension(AssignedPrecisions.KEY, new AssignedPrecisions(d.assignedBits()));
        ctx().after(busyUntilPs - ctx().now(), () -> {
            forwarded.put(detected.id(), tx);
            out.send(detected);
        });
    }

    private void answered(Transaction response) {
        Transaction original = forwarded.remove(response.id());
        if (original == null) {
            throw new IllegalStateException(name() + ".out: answer " + response + " to a run this detector did not forward");
        }
        in.respond(original, response.status());
    }
}
