package dev.precis.components.drift;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandPrecision;
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
import java.util.Optional;

/**
 * {@link DriftScheduler} on the kernel. Target port {@code in} takes the detector's runs (COMPUTE transactions
 * with {@link ActivationTiles} and {@link AssignedPrecisions}); initiator ports {@code out0 .. out<S-1>} each
 * lead to one sub-array, a PE-array component of the shared protocol, which receives one COMPUTE block
 * ({@link ComputeWork}, output stationary) per pass, at most {@code passesInFlight} at a time. A run is answered
 * on {@code in} when its last tile is computed.
 *
 * <p>Partial passes go when a layer has ended, when the scheduler can accept no more runs, or to a sub-array
 * that has no pass at all (work conservation: an idle sub-array never waits for tiles that may not come, the
 * rule that keeps the chain free of deadlock whatever the upstream holds).
 */
public final class DriftSchedulerComponent extends Component {
    static final StatSpec TILES = new StatSpec("tiles", "count", "tiles scheduled");
    static final StatSpec TILES_BY_BITS = new StatSpec("tiles.<b>b", "count", "tiles run at <b> bits");
    static final StatSpec PASSES = new StatSpec("passes", "count", "passes dispatched to sub-arrays");
    static final StatSpec PARTIAL = new StatSpec("partialPasses", "count", "passes that left row lanes empty");
    static final StatSpec FILL = new StatSpec("passFill", "ratio", "rows of each pass over the rows it could hold (mean)");
    static final StatSpec ENERGY = new StatSpec("schedulerEnergyPj", "pJ", "dynamic energy of queuing the tiles");
    static final StatSpec MAX_QUEUED = new StatSpec("maxQueuedTiles", "tiles", "largest queue occupancy (one sample)");
    static final StatSpec LEAKAGE = new StatSpec("leakagePowerMw", "mW", "static power (one sample)");
    static final StatSpec AREA = new StatSpec("areaMm2", "mm2", "silicon area (one sample)");
    /** What precis run carries into the next layer's {@code initialSubArrayBits} (CarriedPrecision's convention). */
    static final StatSpec FINAL_BITS = new StatSpec("finalSubArrayBits.<i>", "bits",
            "activation precision sub-array <i> is configured for when the run ends (0: unconfigured)");
    static final List<StatSpec> STATISTICS = TargetSocket.statistics("in", TILES, TILES_BY_BITS, PASSES, PARTIAL,
            FILL, ENERGY, MAX_QUEUED, LEAKAGE, AREA, FINAL_BITS);

    private final DriftScheduler model;
    private final ClockDomain clock;
    private final int passesInFlight;
    private final long dispatchCycles;
    private final DeferredTargetSocket in;
    private final InitiatorSocket[] outs;
    private final int[] inFlight;
    private final Map<Long, Transaction> runs = new HashMap<>();
    private final Map<Long, DriftScheduler.Pass> passes = new HashMap<>();
    private final Map<Integer, Counter> tilesByBits = new HashMap<>();
    private Counter tiles;
    private Counter passCount;
    private Counter partial;
    private Accumulator fill;
    private Accumulator energyPj;
    private Accumulator maxQueued;

    /**
     * @param model          the scheduler
     * @param clock          its clock
     * @param queueDepth     runs held before END_REQ waits
     * @param passesInFlight passes a sub-array may hold (its queue)
     * @param dispatchCycles cycles from the decision to the pass leaving for its sub-array
     */
    public DriftSchedulerComponent(DriftScheduler model, ClockDomain clock, int queueDepth, int passesInFlight,
                                   long dispatchCycles) {
        if (passesInFlight < 1 || dispatchCycles < 0) {
            throw new IllegalArgumentException("scheduler needs passesInFlight >= 1 and dispatchCycles >= 0");
        }
        this.model = model;
        this.clock = clock;
        this.passesInFlight = passesInFlight;
        this.dispatchCycles = dispatchCycles;
        this.in = DeferredTargetSocket.declare(this, "in", queueDepth, this::accepted);
        int s = model.geometry().subArrays();
        this.outs = new InitiatorSocket[s];
        this.inFlight = new int[s];
        for (int i = 0; i < s; i++) {
            int index = i;
            outs[i] = InitiatorSocket.declare(this, "out" + i, response -> answered(index, response));
        }
    }

    public DriftScheduler model() {
        return model;
    }

    @Override
    protected void onEndOfElaboration() {
        var s = ctx().stats();
        tiles = s.counter(TILES);
        passCount = s.counter(PASSES);
        partial = s.counter(PARTIAL);
        fill = s.accumulator(FILL);
        energyPj = s.accumulator(ENERGY);
        s.accumulator(LEAKAGE).add(model.leakagePowerMw());
        s.accumulator(AREA).add(model.areaMm2());
        maxQueued = s.accumulator(MAX_QUEUED);
        for (int i = 0; i < outs.length; i++) s.counter(FINAL_BITS.member(i));
    }

    @Override
    protected void onEnd() {
        maxQueued.add(model.maxQueuedTiles());
        for (int i = 0; i < outs.length; i++) ctx().stats().counter(FINAL_BITS.member(i)).add(model.subArrayBits(i));
    }

    private void accepted(Transaction tx) {
        String who = DriftSchedulerType.NAME + " " + name();
        if (tx.command() != Command.COMPUTE) throw new IllegalArgumentException(who + " takes COMPUTE runs of tiles, got " + tx);
        ActivationTiles run = tx.extension(ActivationTiles.KEY).orElseThrow(() -> new IllegalArgumentException(
                who + ": run " + tx.id() + " carries no " + ActivationTiles.KEY + " (ActivationTiles) extension"));
        AssignedPrecisions assigned = tx.extension(AssignedPrecisions.KEY).orElseThrow(() -> new IllegalArgumentException(
                who + ": layer " + run.layer() + ": run " + tx.id() + " carries no " + AssignedPrecisions.KEY
                        + " (AssignedPrecisions): is a drift-detector upstream?"));
        int[] runBits;
        try {
            runBits = model.enqueue(tx.id(), run, assigned);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(who + ": " + e.getMessage(), e);
        }
        runs.put(tx.id(), tx);
        tiles.add(run.count());
        energyPj.add(run.count() * model.tileEnergyPj());
        for (int b : runBits) {
            tilesByBits.computeIfAbsent(b, bits -> ctx().stats().counter(TILES_BY_BITS.member(bits))).increment();
        }
        dispatch();
    }

    /**
     * Tops up the sub-arrays one pass at a time, least loaded first (so work spreads evenly). A sub-array with no
     * pass at all may take a partial one: an idle sub-array never waits for tiles that may not come.
     */
    private void dispatch() {
        for (int round = 0; round < passesInFlight; round++) {
            for (int i = 0; i < outs.length; i++) {
                if (inFlight[i] > round) continue;
                boolean pressure = in.full() || inFlight[i] == 0;
                Optional<DriftScheduler.Pass> next = model.next(i, pressure);
                if (next.isPresent()) send(next.get());
            }
        }
    }

    private void send(DriftScheduler.Pass pass) {
        int i = pass.subArray();
        inFlight[i]++;
        passCount.increment();
        if (pass.rows() < pass.capacityRows()) partial.increment();
        fill.add(Math.min(1.0, (double) pass.rows() / pass.capacityRows()));
        ComputeWork work = new ComputeWork(pass.layer(), new GemmDims(pass.rows(), pass.outputs(), pass.kLength()),
                new OperandPrecision(pass.weightBits(), pass.bits()), Dataflow.OUTPUT_STATIONARY);
        Transaction tx = Transaction.of(ctx().newTransactionId(), Command.COMPUTE, 0, 0).withExtension(ComputeWork.KEY, work);
        passes.put(tx.id(), pass);
        long now = ctx().now();
        long at = clock.cyclesToPs(clock.psToCycle(clock.nextEdgeAtOrAfter(now)) + dispatchCycles);
        ctx().after(at - now, () -> outs[i].send(tx));
    }

    private void answered(int subArray, Transaction response) {
        DriftScheduler.Pass pass = passes.remove(response.id());
        if (pass == null) {
            throw new IllegalStateException(name() + ".out" + subArray + ": answer " + response + " to no pass of this scheduler");
        }
        inFlight[subArray]--;
        for (long runId : model.completed(pass)) {
            in.respond(runs.remove(runId));
        }
        dispatch();
    }
}
