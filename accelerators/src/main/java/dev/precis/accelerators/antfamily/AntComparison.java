package dev.precis.accelerators.antfamily;

import dev.precis.accelerators.mapping.EnergyBreakdown;
import dev.precis.accelerators.mapping.ModelMapper;
import dev.precis.accelerators.mapping.ModelResult;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One benchmark on the six designs of the ANT artifact, normalised as run_ant.py normalises: cycles divided by
 * AdaFloat's cycles, and each energy part divided by AdaFloat's <em>total</em> energy.
 */
public record AntComparison(AntBenchmark benchmark, int batch, Map<AntDesign, ModelResult> results) {

    /** The baseline every figure is normalised to. */
    public static final AntDesign BASELINE = AntDesign.ADAFLOAT;

    public AntComparison {
        results = Collections.unmodifiableMap(new EnumMap<>(results));
        if (!results.containsKey(BASELINE)) {
            throw new IllegalArgumentException("a comparison needs the " + BASELINE.label() + " baseline");
        }
    }

    /** Maps {@code benchmark} on every design at {@code batch} with the artifact's precision plans. */
    public static AntComparison run(AntBenchmark benchmark, int batch, AntPrecisionPlans plans) {
        Map<AntDesign, ModelResult> results = new EnumMap<>(AntDesign.class);
        for (AntDesign design : AntDesign.values()) {
            results.put(design, ModelMapper.map(benchmark.model(design), benchmark.bits(design, plans),
                    AntFamilyDesigns.of(design), batch));
        }
        return new AntComparison(benchmark, batch, results);
    }

    /** {@code design}'s cycles over the baseline's. */
    public double normalisedCycles(AntDesign design) {
        return (double) result(design).total().cycles() / result(BASELINE).total().cycles();
    }

    /** {@code design}'s energy parts, each over the baseline's total energy. */
    public EnergyBreakdown normalisedEnergy(AntDesign design) {
        EnergyBreakdown e = result(design).energy();
        double base = result(BASELINE).energy().totalPj();
        return new EnergyBreakdown(e.staticPj() / base, e.dramPj() / base, e.bufferPj() / base, e.corePj() / base);
    }

    public ModelResult result(AntDesign design) {
        ModelResult r = results.get(design);
        if (r == null) {
            throw new IllegalArgumentException("no " + design.label() + " result in this comparison");
        }
        return r;
    }
}
