package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel side shared by the precision-adaptive PE arrays (ACCEL_CONTRACT.md's PE-array protocol): target
 * port {@code in} takes {@code Command.COMPUTE} transactions carrying {@link ComputeWork} (AT, back-pressure
 * once {@code queueDepth} blocks are held, one block computed at a time), and answers each when its last MAC is
 * done, at the array's clock edges. A subclass wraps one pure model and says what a block costs; this class
 * keeps the statistics every array reports ({@link #STATISTICS}). A request the array cannot compute fails the
 * run with a message naming the array, the layer and the field.
 *
 * <p>An array that pays for switching precision is built with its initial configuration
 * ({@link CarriedPrecision}): this class then tracks the precision it is configured for (the initial one, then
 * each served block's), which the subclass costs the next block against ({@link #configuredPrecision()}), and
 * reports it at the end of the run as {@code finalWeightBits} and {@code finalActivationBits}.
 */
public abstract class ComputeArrayComponent extends Component {

    public static final StatSpec BUSY_CYCLES = new StatSpec("busyCycles", "cycles", "cycles the array computed (fill and precision switches included)");
    public static final StatSpec SWITCH_CYCLES = new StatSpec("precisionSwitchCycles", "cycles", "cycles lost reconfiguring for a new precision");
    public static final StatSpec SWITCHES = new StatSpec("precisionSwitches", "count",
            "blocks that paid a precision switch (the array was configured for another precision)");
    public static final StatSpec BLOCKS = new StatSpec("blocks", "count", "COMPUTE blocks served");
    public static final StatSpec MACS = new StatSpec("macs", "count", "multiply-accumulates of the blocks served");
    public static final StatSpec MACS_BY_PRECISION = new StatSpec("macs.w<W>a<A>", "count",
            "MACs at w<W> a<A>");
    public static final StatSpec COMPUTE_ENERGY = new StatSpec("computeEnergyPj", "pJ", "dynamic compute energy");
    public static final StatSpec LEAKAGE_POWER = new StatSpec("leakagePowerMw", "mW", "static power of the array (one sample)");
    public static final StatSpec AREA = new StatSpec("areaMm2", "mm2", "silicon area of the array (one sample)");

    /** The statistics every PE array registers. */
    public static final List<StatSpec> STATISTICS = TargetSocket.statistics("in", BUSY_CYCLES, SWITCH_CYCLES, SWITCHES, BLOCKS,
            MACS, MACS_BY_PRECISION, COMPUTE_ENERGY, LEAKAGE_POWER, AREA);

    /** The clock parameter every PE array type declares. */
    public static final ParamSpec CLOCK_PARAM = ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "array clock");

    /** The back-pressure parameter every PE array type declares (the constructor's {@code queueDepth}). */
    public static final ParamSpec QUEUE_DEPTH_PARAM = ParamSpec.optional("queueDepth", ParamType.INT, "requests", "2",
            "blocks held before END_REQ waits (back-pressure)").atLeast(1);

    /** The one port every PE array has. */
    public static final PortSpec IN_PORT = new PortSpec("in", PortDirection.TARGET,
            "COMPUTE requests carrying pe.work (ComputeWork); answered when the block's last MAC is done");

    private final ClockDomain clock;
    private final boolean carriesPrecision;
    private OperandPrecision configured;
    private Counter busyCycles;
    private Counter switchCycles;
    private Counter switches;
    private Counter blocks;
    private Counter macs;
    private Accumulator energyPj;
    private final Map<OperandPrecision, Counter> macsByPrecision = new HashMap<>();

    /** An array whose cost does not depend on the precision it computed before. */
    protected ComputeArrayComponent(ClockDomain clock, int queueDepth) {
        this(clock, queueDepth, false, null);
    }

    /**
     * An array that pays for precision switches, configured for {@code initial} (null: unconfigured) when the run
     * starts; it registers {@link CarriedPrecision#statistics()}.
     */
    protected ComputeArrayComponent(ClockDomain clock, int queueDepth, OperandPrecision initial) {
        this(clock, queueDepth, true, initial);
    }

    private ComputeArrayComponent(ClockDomain clock, int queueDepth, boolean carriesPrecision, OperandPrecision initial) {
        this.clock = clock;
        this.carriesPrecision = carriesPrecision;
        this.configured = initial;
        TargetSocket.declare(this, "in", queueDepth, 1, this::serviceLatencyPs);
    }

    /** The statistics every array registers followed by {@code extra}, for a type's descriptor. */
    public static List<StatSpec> statistics(StatSpec... extra) {
        List<StatSpec> all = new ArrayList<>(STATISTICS);
        all.addAll(List.of(extra));
        return all;
    }

    /** The array's type name, for messages ("ant-pe-array"). */
    protected abstract String typeName();

    /** What {@code work} costs; {@code request} carries any further extension the array needs. */
    protected abstract BlockCost cost(Transaction request, ComputeWork work);

    /** Static power of the whole array, mW. */
    protected abstract double leakagePowerMw();

    /** Silicon area of the whole array, mm^2. */
    protected abstract double areaMm2();

    /** Registers the subclass's own statistics (called at end of elaboration, after the common ones). */
    protected void registerStatistics() {
    }

    public ClockDomain clock() {
        return clock;
    }

    /** The precision the array is configured for: the last served block's, else the initial one; null if neither. */
    protected final OperandPrecision configuredPrecision() {
        return configured;
    }

    @Override
    protected final void onEndOfElaboration() {
        var s = ctx().stats();
        busyCycles = s.counter(BUSY_CYCLES);
        switchCycles = s.counter(SWITCH_CYCLES);
        switches = s.counter(SWITCHES);
        blocks = s.counter(BLOCKS);
        macs = s.counter(MACS);
        energyPj = s.accumulator(COMPUTE_ENERGY);
        s.accumulator(LEAKAGE_POWER).add(leakagePowerMw());
        s.accumulator(AREA).add(areaMm2());
        if (carriesPrecision) {
            s.counter(CarriedPrecision.FINAL_WEIGHT_BITS);
            s.counter(CarriedPrecision.FINAL_ACTIVATION_BITS);
        }
        registerStatistics();
    }

    @Override
    protected void onEnd() {
        if (carriesPrecision && configured != null) {
            ctx().stats().counter(CarriedPrecision.FINAL_WEIGHT_BITS).add(configured.weightBits());
            ctx().stats().counter(CarriedPrecision.FINAL_ACTIVATION_BITS).add(configured.activationBits());
        }
    }

    private long serviceLatencyPs(Transaction tx) {
        if (tx.command() != Command.COMPUTE) {
            throw new IllegalArgumentException(typeName() + " " + name() + " serves COMPUTE transactions, got " + tx);
        }
        ComputeWork work = tx.extension(ComputeWork.KEY).orElseThrow(() -> new IllegalArgumentException(
                typeName() + " " + name() + ": COMPUTE transaction " + tx.id() + " carries no " + ComputeWork.KEY
                        + " (ComputeWork) extension"));
        BlockCost c = cost(tx, work);
        busyCycles.add(c.cycles());
        switchCycles.add(c.switchCycles());
        if (c.switchCycles() > 0) switches.increment();
        configured = work.precision();
        blocks.increment();
        macs.add(c.macs());
        energyPj.add(c.energyPj());
        macsByPrecision.computeIfAbsent(work.precision(),
                p -> ctx().stats().counter(MACS_BY_PRECISION.member(p.weightBits(), p.activationBits()))).add(c.macs());
        long now = ctx().now();
        long startCycle = clock.psToCycle(clock.nextEdgeAtOrAfter(now));
        return clock.cyclesToPs(startCycle + c.cycles()) - now;
    }

    /** An error about {@code work}'s field {@code field}, naming this array and the layer. */
    protected final IllegalArgumentException unsupported(ComputeWork work, String field, String why) {
        return new IllegalArgumentException(typeName() + " " + name() + ": layer " + work.layer() + ": " + field + ": " + why);
    }
}
