package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Counter;
import java.util.List;

/**
 * {@link BitSliceArray} on the kernel (Panacea's or the Sibia-style array): COMPUTE blocks need
 * {@link ComputeWork} and the block's activation {@link SliceStats}.
 */
public final class BitSliceArrayComponent extends ComputeArrayComponent {
    public static final StatSpec LO_OPS = new StatSpec("loSliceOps", "count", "LO slice-vector operations computed");
    public static final StatSpec HO_OPS = new StatSpec("hoSliceOps", "count", "HO slice-vector operations computed");
    public static final StatSpec SKIPPED_ZERO = new StatSpec("skippedZeroSliceOps", "count",
            "HO slice-vector operations skipped because the vector is zero");
    public static final StatSpec SKIPPED_FREQUENT = new StatSpec("skippedFrequentSliceOps", "count",
            "HO slice-vector operations skipped because the vector is the frequent value (Panacea)");
    public static final StatSpec COMPENSATION = new StatSpec("compensationAdds", "count",
            "compensator adds of the frequent-value term (Panacea)");
    public static final StatSpec WEIGHT_SUMS = new StatSpec("weightSumAdds", "count",
            "adds summing weight vectors for the compensation term (Panacea)");
    /** The statistics a bit-slice array adds to every array's. */
    public static final List<StatSpec> SLICE_STATISTICS = List.of(LO_OPS, HO_OPS, SKIPPED_ZERO, SKIPPED_FREQUENT,
            COMPENSATION, WEIGHT_SUMS);

    private final BitSliceArray model;
    private final String typeName;
    private Counter loOps;
    private Counter hoOps;
    private Counter skippedZero;
    private Counter skippedFrequent;
    private Counter compensation;
    private Counter weightSums;

    public BitSliceArrayComponent(BitSliceArray model, String typeName, ClockDomain clock, int queueDepth) {
        super(clock, queueDepth);
        this.model = model;
        this.typeName = typeName;
    }

    public BitSliceArray model() {
        return model;
    }

    @Override
    protected String typeName() {
        return typeName;
    }

    @Override
    protected void registerStatistics() {
        var s = ctx().stats();
        loOps = s.counter(LO_OPS);
        hoOps = s.counter(HO_OPS);
        skippedZero = s.counter(SKIPPED_ZERO);
        skippedFrequent = s.counter(SKIPPED_FREQUENT);
        compensation = s.counter(COMPENSATION);
        weightSums = s.counter(WEIGHT_SUMS);
    }

    @Override
    protected BlockCost cost(Transaction request, ComputeWork work) {
        SliceStats slices = request.extension(SliceStats.KEY).orElseThrow(() -> unsupported(work, SliceStats.KEY.name(),
                "missing: a bit-slice array needs the block's activation slice statistics (SliceStats)"));
        BitSliceArray.SliceBlock b;
        try {
            b = model.cost(work, slices);
        } catch (IllegalArgumentException e) {
            throw unsupported(work, "pe.work/pe.slices", e.getMessage());
        }
        loOps.add(b.loOps());
        hoOps.add(b.hoOps());
        skippedZero.add(b.skippedZeroOps());
        skippedFrequent.add(b.skippedFrequentOps());
        compensation.add(b.compensationAdds());
        weightSums.add(b.weightSumAdds());
        return b.cost();
    }

    @Override
    protected double leakagePowerMw() {
        return model.leakagePowerMw();
    }

    @Override
    protected double areaMm2() {
        return model.areaMm2();
    }
}
