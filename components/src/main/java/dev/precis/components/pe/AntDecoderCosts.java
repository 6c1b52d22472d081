package dev.precis.components.pe;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;

/**
 * Our reconstruction of the parts ANT adds to a bit-brick array (the paper describes them, it gives no figures
 * we use): a decoder per row and column lane at the array's edge, turning flint, PoT and float codes into an
 * integer and an exponent (flint: a leading-one detector, taken as an adder of the code's width, and a
 * mantissa shifter; PoT and float: one multiplexer level that splits the fields; int passes through), and in
 * every PE, per brick product, an exponent adder and a shifter that scales the integer product before
 * accumulation, behind one extra pipeline register. Parts from {@link DatapathCosts}, 28 nm.
 *
 * @param exponentBits     width of a decoded exponent (3: the 2^3-wide exponent range of ANT's 4-bit flint
 *                         and PoT grids, PAPERS.md section 1)
 * @param shiftStages      stages of the product shifter (3 covers shifts of 0..7)
 * @param accumulatorBits  width the shifter writes into (the PE's accumulator)
 */
record AntDecoderCosts(int exponentBits, int shiftStages, int accumulatorBits) {

    public AntDecoderCosts {
        if (exponentBits < 1 || shiftStages < 0 || accumulatorBits < 1) {
            throw new IllegalArgumentException("ANT decoder parts need exponentBits >= 1, shiftStages >= 0, "
                    + "accumulatorBits >= 1; got " + exponentBits + ", " + shiftStages + ", " + accumulatorBits);
        }
    }

    private PartCost exponentPath(int productBits) {
        return DatapathCosts.adder(exponentBits + 1).plus(DatapathCosts.shifter(productBits, shiftStages, accumulatorBits));
    }

    /** Energy of scaling one integer product of {@code productBits} by its exponent sum, pJ. */
    public double exponentPathPj(int productBits) {
        return DatapathCosts.at28nm(exponentPath(productBits)).energyPj();
    }

    /** Area and leakage one PE gains: an exponent path per brick product, and the extra pipeline register. */
    public SiliconCost peExtra(BitBrickArray bricks) {
        int split = bricks.maxBits() / bricks.minBits();
        PartCost parts = exponentPath(2 * bricks.minBits()).times(split * split)
                .plus(DatapathCosts.register(2 * bricks.maxBits()));
        return DatapathCosts.at28nm(parts.areaOnly());
    }

    private static PartCost decoder(NumberFormat f) {
        int b = f.bits();
        if (f instanceof NumberFormat.FlintFormat) {
            return DatapathCosts.adder(b).plus(DatapathCosts.shifter(b, ceilLog2(b), b));
        }
        if (f instanceof NumberFormat.PotFormat || f instanceof NumberFormat.FloatFormat) {
            return DatapathCosts.muxBits(b);
        }
        return PartCost.NONE;
    }

    /** Energy of decoding one operand of format {@code f}, pJ (0 for int, which bypasses the decoder). */
    public double decodePj(NumberFormat f) {
        return DatapathCosts.at28nm(decoder(f)).energyPj();
    }

    /** Area and leakage of the edge decoders: one per row and per column, each for maxBits-wide codes. */
    public SiliconCost edgeDecoders(BitBrickArray bricks) {
        int b = bricks.maxBits();
        PartCost one = decoder(new NumberFormat.FlintFormat(b, true))
                .plus(DatapathCosts.muxBits(b))
                .plus(DatapathCosts.register(b + exponentBits));
        return DatapathCosts.at28nm(one.areaOnly()).times(bricks.rows() + bricks.cols());
    }

    static int ceilLog2(int v) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(0, v - 1));
    }
}
