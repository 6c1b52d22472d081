package dev.precis.accelerators.replay;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.components.memory.TransferBits;
import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.SliceStats;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Counter;
import java.util.Iterator;
import java.util.List;

/**
 * Drives one layer through a composition: asks its {@link LayerPlanner} for the layer's phases and issues each
 * phase's COMPUTE blocks on {@code compute} and READ/WRITE transfers on {@code memory}, keeping at most
 * {@code computeWindow} blocks and {@code memoryWindow} transfers outstanding (enough to keep both targets'
 * queues full, few enough that a layer of millions of tiles is never held), and starts the next phase when the
 * current one is answered. The layer's cycles run from the start to the last answer.
 *
 * <p>The controller also stands for the on-chip buffers the planner sized the tiles for: it charges the buffer
 * accesses the plan implies at per-bit energies (the ANT artifact's accounting), and reports their leakage and
 * area. It never calls another component; the planner and the layer are handed over before the run
 * ({@link #attach}).
 */
public final class ReplayControllerComponent extends Component {

    public static final StatSpec CYCLES = new StatSpec("cycles", "cycles", "cycles from the layer's start to its last answer");
    public static final StatSpec PHASES = new StatSpec("phases", "count", "phases run");
    public static final StatSpec BLOCKS = new StatSpec("computeBlocks", "count", "COMPUTE blocks issued");
    public static final StatSpec TRANSFERS = new StatSpec("transfers", "count", "READ and WRITE transfers issued");
    public static final StatSpec READ_BITS = new StatSpec("readBits", "bits", "bits read from memory");
    public static final StatSpec WRITE_BITS = new StatSpec("writeBits", "bits", "bits written to memory");
    public static final StatSpec MACS = new StatSpec("macs", "count", "multiply-accumulates of the layer (no padding)");
    /** One counter per operand buffer (weight, input, output) and direction (read, write). */
    public static final StatSpec BUFFER_BITS = new StatSpec("buffer.<operand>.<read|write>Bits", "bits",
            "<operand> buffer <read|write>s");
    public static final StatSpec BUFFER_ENERGY = new StatSpec("bufferEnergyPj", "pJ", "dynamic energy of the buffer accesses");
    public static final StatSpec BUFFER_LEAKAGE = new StatSpec("bufferLeakagePowerMw", "mW",
            "static power of the buffers as reported (one sample)");
    public static final StatSpec AREA = new StatSpec("areaMm2", "mm2", "area of the buffers (one sample)");

    public static final PortSpec COMPUTE_PORT = new PortSpec("compute", PortDirection.INITIATOR,
            "COMPUTE blocks (pe.work, pe.formats) to the PE array or its scheduler");
    public static final PortSpec MEMORY_PORT = new PortSpec("memory", PortDirection.INITIATOR,
            "READ and WRITE transfers (mem.bits) to the memory");

    public static List<StatSpec> statistics() {
        return List.of(CYCLES, PHASES, BLOCKS, TRANSFERS, READ_BITS, WRITE_BITS, MACS, BUFFER_BITS, BUFFER_ENERGY,
                BUFFER_LEAKAGE, AREA);
    }

    /** Per-bit energies of the three buffers, pJ. */
    public record BufferEnergies(double weightRead, double weightWrite, double inputRead, double inputWrite,
                                 double outputRead, double outputWrite) {
        double of(LayerPlan.BufferBits b) {
            return b.weightReads() * weightRead + b.weightWrites() * weightWrite + b.inputReads() * inputRead
                    + b.inputWrites() * inputWrite + b.outputReads() * outputRead + b.outputWrites() * outputWrite;
        }
    }

    /**
     * Where the transfers lie in memory: reads stream up from 0 and write-backs from {@link #REGION_BYTES}, each
     * wrapping to its region's start when a transfer would begin past its end, so a layer's traffic stays inside
     * the first 2 GiB (every shipped DRAM preset holds 8 GiB or more; an ideal memory ignores addresses). Streams
     * of ascending addresses give a DRAM the row locality of tiles laid out contiguously.
     */
    static final long REGION_BYTES = 1L << 30;
    private static final long WRITE_BASE = REGION_BYTES;

    private final ClockDomain clock;
    private final int computeWindow;
    private final int memoryWindow;
    private final BufferEnergies energies;
    private final double leakageMw;
    private final boolean reportLeakage;
    private final double areaMm2;
    private final InitiatorSocket compute;
    private final InitiatorSocket memory;
    private LayerPlanner planner;
    private ReplayLayer layer;
    private Iterator<ReplayPhase> phases;
    private ReplayPhase phase;
    private int computeOutstanding;
    private int memoryOutstanding;
    private long readAddress;
    private long writeAddress = WRITE_BASE;
    private long startCycle;
    private Counter cycles;
    private Counter phaseCount;
    private Counter blocks;
    private Counter transfers;
    private Counter readBits;
    private Counter writeBits;

    public ReplayControllerComponent(ClockDomain clock, int computeWindow, int memoryWindow, BufferEnergies energies,
                                     double leakageMw, boolean reportLeakage, double areaMm2) {
        this.clock = clock;
        this.computeWindow = computeWindow;
        this.memoryWindow = memoryWindow;
        this.energies = energies;
        this.leakageMw = leakageMw;
        this.reportLeakage = reportLeakage;
        this.areaMm2 = areaMm2;
        this.compute = InitiatorSocket.declare(this, "compute", r -> answered(r, true));
        this.memory = InitiatorSocket.declare(this, "memory", r -> answered(r, false));
    }

    /** Hands over the planner and the layer to run; called once, before the run. */
    public void attach(LayerPlanner planner, ReplayLayer layer) {
        if (this.layer != null) throw new IllegalStateException(name() + " already has layer " + this.layer.name());
        this.planner = planner;
        this.layer = layer;
    }

    public ClockDomain clock() {
        return clock;
    }

    /** The buffers' static power (what the mapper ranks with, reported or not). */
    public double bufferLeakageMw() {
        return leakageMw;
    }

    public BufferEnergies bufferEnergies() {
        return energies;
    }

    @Override
    protected void onEndOfElaboration() {
        if (layer == null) throw new IllegalStateException(name() + ": no layer attached before the run");
        var s = ctx().stats();
        cycles = s.counter(CYCLES);
        phaseCount = s.counter(PHASES);
        blocks = s.counter(BLOCKS);
        transfers = s.counter(TRANSFERS);
        readBits = s.counter(READ_BITS);
        writeBits = s.counter(WRITE_BITS);
        s.counter(MACS).add(layer.macs());
        s.accumulator(BUFFER_LEAKAGE).add(reportLeakage ? leakageMw : 0);
        s.accumulator(AREA).add(areaMm2);
    }

    @Override
    protected void onStart() {
        LayerPlan plan = planner.plan(layer);
        LayerPlan.BufferBits b = plan.bufferBits();
        var s = ctx().stats();
        s.counter(BUFFER_BITS.member("weight", "read")).add(b.weightReads());
        s.counter(BUFFER_BITS.member("weight", "write")).add(b.weightWrites());
        s.counter(BUFFER_BITS.member("input", "read")).add(b.inputReads());
        s.counter(BUFFER_BITS.member("input", "write")).add(b.inputWrites());
        s.counter(BUFFER_BITS.member("output", "read")).add(b.outputReads());
        s.counter(BUFFER_BITS.member("output", "write")).add(b.outputWrites());
        s.accumulator(BUFFER_ENERGY).add(energies.of(b));
        ctx().log().debug("layer {} mapped as {}", layer.name(), plan.description());
        startCycle = clock.psToCycle(ctx().now());
        phases = plan.phases();
        pump();
    }

    private void answered(Transaction response, boolean fromCompute) {
        if (response.status() != ResponseStatus.OK) {
            throw new IllegalStateException(name() + ": layer " + layer.name() + ": " + response.command()
                    + " transaction " + response.id() + " answered " + response.status());
        }
        if (fromCompute) computeOutstanding--;
        else memoryOutstanding--;
        pump();
    }

    /** Issues what the windows allow; moves to the next phase when this one is answered. */
    private void pump() {
        while (true) {
            if (phase != null) {
                while (computeOutstanding < computeWindow && phase.blocks().hasNext()) issue(phase.blocks().next());
                while (memoryOutstanding < memoryWindow && phase.transfers().hasNext()) issue(phase.transfers().next());
                if (computeOutstanding > 0 || memoryOutstanding > 0) return;
            }
            if (!phases.hasNext()) {
                if (phase != null) {
                    cycles.add(clock.psToCycle(ctx().now()) - startCycle);
                    phase = null;
                }
                return;
            }
            phase = phases.next();
            phaseCount.increment();
        }
    }

    private void issue(ComputeBlock block) {
        Transaction tx = Transaction.of(ctx().newTransactionId(), Command.COMPUTE, 0, 0);
        if (block instanceof ComputeBlock.Gemm g) {
            tx = tx.withExtension(ComputeWork.KEY, g.work());
        } else {
            tx = tx.withExtension(ActivationTiles.KEY, ((ComputeBlock.TileRun) block).tiles());
        }
        if (layer.formats() != null) tx = tx.withExtension(OperandFormats.KEY, layer.formats());
        if (layer.slices() != null) tx = tx.withExtension(SliceStats.KEY, layer.slices());
        computeOutstanding++;
        blocks.increment();
        compute.send(tx);
    }

    private void issue(Transfer t) {
        long bytes = (t.bits() + 7) / 8;
        Transaction tx;
        if (t.write()) {
            if (writeAddress + bytes > WRITE_BASE + REGION_BYTES) writeAddress = WRITE_BASE;
            tx = Transaction.write(ctx().newTransactionId(), writeAddress, bytes);
            writeAddress += bytes;
            writeBits.add(t.bits());
        } else {
            if (readAddress + bytes > REGION_BYTES) readAddress = 0;
            tx = Transaction.read(ctx().newTransactionId(), readAddress, bytes);
            readAddress += bytes;
            readBits.add(t.bits());
        }
        memoryOutstanding++;
        transfers.increment();
        // A transfer an RLE codec may compress travels by its byte size, which the codec rewrites.
        memory.send(t.slices() != null ? tx.withExtension(SliceStats.KEY, t.slices())
                : tx.withExtension(TransferBits.KEY, new TransferBits(t.bits())));
    }
}
