package dev.precis.components.energy;

import java.util.List;
import java.util.Optional;

/**
 * Per-PE figures of the bit-brick (BitFusion-style) PE as the ANT artifact charges them: 28 nm, 500 MHz, from
 * clevercool/ANT-Quantization, ant_simulator/results/systolic_array_synth.csv (one PE: N = M = 1), which the
 * artifact scales by N x M (its energy_costs.json: core_dynamic_energy 0.57335808 nJ and core_leak_energy
 * 0.131715072 nJ per cycle for the 32 x 32 8/4 array = 1024 x these figures). The artifact charges the same
 * figures to BitFusion and ANT. Its area column holds a 1 um^2 placeholder, so no area comes from here
 * (see {@link DatapathCosts} for the reconstructed area).
 */
public final class AntArtifactCoreCosts {

    /**
     * One PE configuration's figures.
     *
     * @param maxBits            widest operand at full rate (pmax)
     * @param minBits            brick width (pmin)
     * @param dynamicPjPerCycle  dynamic energy per busy PE cycle (synthesised dynamic power / 500 MHz)
     * @param leakageMw          leakage power per PE
     */
    public record PeFigures(int maxBits, int minBits, double dynamicPjPerCycle, double leakageMw) {
    }

    /** 8/4: 279960 nW dynamic and 64314 nW leakage at 500 MHz (systolic_array_synth.csv, first row). */
    public static final PeFigures PE_8_4 = new PeFigures(8, 4, 279_960e-9 / 500e6 * 1e12, 64_314e-6);
    /** 6/6 (BiScaled): 123882 nW dynamic and 28458 nW leakage at 500 MHz (systolic_array_synth.csv, second row). */
    public static final PeFigures PE_6_6 = new PeFigures(6, 6, 123_882e-9 / 500e6 * 1e12, 28_458e-6);

    private static final List<PeFigures> ALL = List.of(PE_8_4, PE_6_6);

    private AntArtifactCoreCosts() {
    }

    /** The artifact's figures for a (maxBits, minBits) PE, if it synthesised one. */
    public static Optional<PeFigures> lookup(int maxBits, int minBits) {
        return ALL.stream().filter(f -> f.maxBits() == maxBits && f.minBits() == minBits).findFirst();
    }
}
