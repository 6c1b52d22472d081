package dev.precis.components.energy;

/**
 * Energy and area of PE datapath parts, for the PE arrays whose costs no synthesis run of ours or of a paper's
 * artifact gives (the ANT decoders and exponent path, LPA's log-domain PE, the bit-slice arrays, Drift's
 * detector and scheduler, Panacea's RLE codec). Everything here is our reconstruction from published part
 * figures; each number's source is beside it.
 *
 * <p>Parts at 45 nm:
 * <ul>
 *   <li>Integer adders and multipliers: M. Horowitz, "Computing's energy problem (and what we can do about it)",
 *       ISSCC 2014, 45 nm, 0.9 V: add 8/16/32 bit 0.03/0.05/0.1 pJ and 36/67/137 um^2; multiply 8/32 bit
 *       0.2/3.1 pJ and 282/3495 um^2. Adders are interpolated linearly in width between those points
 *       (proportional below 8 bits, extrapolated from the 16-32 segment above 32); multipliers follow the power
 *       law through the 8- and 32-bit points (exponent 1.98 for energy, 1.82 for area).</li>
 *   <li>Cells: NanGate FreePDK45 Open Cell Library: DFF_X1 4.522 um^2, MUX2_X1 1.862 um^2, FA_X1 4.256 um^2.
 *       A 2:1 multiplexer bit's switching energy is taken as an adder bit's (Horowitz's 8-bit adder per bit)
 *       scaled by the MUX2/FA area ratio (our assumption: energy follows cell area within one logic style).
 *       Registers are counted in area only: their energy, like clocking, is in the 28 nm anchor below.</li>
 * </ul>
 *
 * <p>To 28 nm (the ANT artifact's node, where the ANT-family PE has synthesised figures):
 * <ul>
 *   <li>Energy: scaled by the ratio of the artifact's synthesised 8/4 bit-brick PE
 *       ({@link AntArtifactCoreCosts#PE_8_4}, 0.55992 pJ per cycle) to the same PE built from the parts above
 *       ({@link #bitBrickPe}: four 4x4 multipliers, three 16-bit fusion adders, a 32-bit accumulator), so that
 *       every reconstructed datapath carries the same overhead (registers, clock, wiring) relative to its
 *       arithmetic as the one PE that was synthesised. Our assumption.</li>
 *   <li>Area: ideal scaling (28/45)^2. Our assumption (the artifact gives no area).</li>
 *   <li>Leakage: proportional to area, at the density of the artifact's 8/4 PE (64.314 uW) over that PE's
 *       reconstructed 28 nm area. Our assumption.</li>
 * </ul>
 */
public final class DatapathCosts {

    // Horowitz, ISSCC 2014, 45 nm.
    private static final double ADD8_PJ = 0.03;
    private static final double ADD16_PJ = 0.05;
    private static final double ADD32_PJ = 0.1;
    private static final double ADD8_UM2 = 36;
    private static final double ADD16_UM2 = 67;
    private static final double ADD32_UM2 = 137;
    private static final double MULT8_PJ = 0.2;
    private static final double MULT32_PJ = 3.1;
    private static final double MULT8_UM2 = 282;
    private static final double MULT32_UM2 = 3495;

    // NanGate FreePDK45 Open Cell Library cell areas.
    private static final double DFF_UM2 = 4.522;
    private static final double MUX2_UM2 = 1.862;
    private static final double FA_UM2 = 4.256;

    /** Our assumption: a mux bit switches like an adder bit scaled by cell area. */
    private static final double MUX_BIT_PJ = ADD8_PJ / 8 * MUX2_UM2 / FA_UM2;

    /** (28/45)^2, ideal area scaling. */
    public static final double AREA_45_TO_28 = (28.0 / 45) * (28.0 / 45);

    /** 28 nm energy over 45 nm part energy, anchored on the artifact's synthesised 8/4 PE. */
    public static final double ENERGY_45_TO_28 =
            AntArtifactCoreCosts.PE_8_4.dynamicPjPerCycle() / bitBrickPe(8, 4, 32).energyPj();

    /** Leakage per 28 nm area (mW per mm^2), at the artifact's 8/4 PE's density. */
    public static final double LEAKAGE_MW_PER_MM2 =
            AntArtifactCoreCosts.PE_8_4.leakageMw() / (bitBrickPe(8, 4, 32).areaUm2() * AREA_45_TO_28 * 1e-6);

    private DatapathCosts() {
    }

    /** A {@code bits}-wide integer adder. */
    public static PartCost adder(int bits) {
        requirePositive(bits, "adder width");
        double pj;
        double um2;
        if (bits <= 8) {
            pj = ADD8_PJ * bits / 8;
            um2 = ADD8_UM2 * bits / 8;
        } else if (bits <= 16) {
            pj = lerp(bits, 8, ADD8_PJ, 16, ADD16_PJ);
            um2 = lerp(bits, 8, ADD8_UM2, 16, ADD16_UM2);
        } else {
            pj = lerp(bits, 16, ADD16_PJ, 32, ADD32_PJ);
            um2 = lerp(bits, 16, ADD16_UM2, 32, ADD32_UM2);
        }
        return new PartCost(pj, um2);
    }

    /** A {@code bits} x {@code bits} integer multiplier. */
    public static PartCost multiplier(int bits) {
        requirePositive(bits, "multiplier width");
        double x = bits / 8.0;
        double energyExponent = Math.log(MULT32_PJ / MULT8_PJ) / Math.log(4);
        double areaExponent = Math.log(MULT32_UM2 / MULT8_UM2) / Math.log(4);
        return new PartCost(MULT8_PJ * Math.pow(x, energyExponent), MULT8_UM2 * Math.pow(x, areaExponent));
    }

    /** {@code count} 2:1 multiplexer bits, all switching in one use. */
    public static PartCost muxBits(long count) {
        if (count < 0) throw new IllegalArgumentException("mux bit count must be >= 0, got " + count);
        return new PartCost(MUX_BIT_PJ * count, MUX2_UM2 * count);
    }

    /** A {@code bits}-bit register (area only; see the class comment). */
    public static PartCost register(int bits) {
        if (bits < 0) throw new IllegalArgumentException("register width must be >= 0, got " + bits);
        return new PartCost(0, DFF_UM2 * bits);
    }

    /**
     * A logarithmic shifter that places an {@code inputBits}-wide value at one of {@code 2^stages} positions of
     * an {@code outputBits}-wide result: stage i passes a window of {@code min(outputBits, inputBits + 2^(i+1) - 1)}
     * bits.
     */
    public static PartCost shifter(int inputBits, int stages, int outputBits) {
        requirePositive(inputBits, "shifter input width");
        long bits = 0;
        for (int i = 0; i < stages; i++) {
            bits += Math.min(outputBits, inputBits + (1L << (i + 1)) - 1);
        }
        return muxBits(bits);
    }

    /**
     * A read-only table of {@code 2^addressBits} words of {@code outputBits}, built as a multiplexer tree: area
     * of {@code (2^addressBits - 1) x outputBits} mux bits, one lookup switching {@code addressBits x outputBits}
     * of them (the selected path).
     */
    public static PartCost lookupTable(int addressBits, int outputBits) {
        if (addressBits <= 0) return PartCost.NONE;
        long tree = ((1L << addressBits) - 1) * outputBits;
        return new PartCost(muxBits((long) addressBits * outputBits).energyPj(), muxBits(tree).areaUm2());
    }

    /**
     * A BitFusion fusion unit of {@code (maxBits/minBits)^2} bricks of {@code minBits x minBits} multipliers, the
     * adders that fuse their products ({@code bricks - 1} of {@code 2 maxBits} bits), a {@code accumulatorBits}
     * accumulator and its operand and accumulator registers. One use = one busy cycle.
     */
    public static PartCost bitBrickPe(int maxBits, int minBits, int accumulatorBits) {
        int split = maxBits / minBits;
        int bricks = split * split;
        return multiplier(minBits).times(bricks)
                .plus(adder(2 * maxBits).times(bricks - 1))
                .plus(adder(accumulatorBits))
                .plus(register(2 * maxBits + accumulatorBits));
    }

    /** The 28 nm figures of a datapath built from 45 nm parts (see the class comment). */
    public static SiliconCost at28nm(PartCost parts) {
        double areaMm2 = parts.areaUm2() * AREA_45_TO_28 * 1e-6;
        return new SiliconCost(parts.energyPj() * ENERGY_45_TO_28, areaMm2, areaMm2 * LEAKAGE_MW_PER_MM2);
    }

    private static double lerp(double x, double x0, double y0, double x1, double y1) {
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    private static void requirePositive(int v, String what) {
        if (v <= 0) throw new IllegalArgumentException(what + " must be positive, got " + v);
    }
}
