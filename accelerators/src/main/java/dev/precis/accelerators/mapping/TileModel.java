package dev.precis.accelerators.mapping;

import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandPrecision;

/**
 * The order-independent quantities of one tiling, as the ANT artifact computes them
 * (optimizer.py {@code get_stats_fast}, accelerator.py compute formulas). Mutable and reused by the
 * search so that its inner loop allocates nothing; {@link TileCosts} is its immutable public view.
 *
 * <p>Per tile, with {@code pf_w}, {@code pf_a} the precision factors of weights and activations and the
 * array {@code N x M}:
 * <ul>
 *   <li>weights: {@code ceil(K^2 ic / (N pf_w)) N pf_w x oc x wbits} (the reduction padded to the array's
 *       input lanes);</li>
 *   <li>inputs: {@code o^2 x ceil(K^2 ic / (M pf_a)) M pf_a x b x abits} (im2col rows, padded likewise);</li>
 *   <li>outputs: {@code o^2 oc b x 16} bits (partial sums leave at 16 bits);</li>
 *   <li>compute: the array's cycles for the tile's {@code b o^2 x oc x K^2 ic} product
 *       ({@link BitBrickArray#computeCycles}).</li>
 * </ul>
 * A tiling is admitted when the weight and input tiles each fit in half their buffer; the output tile is
 * not checked (the artifact compares an output write counter that is always zero).
 */
final class TileModel {

    /** Bits of each output element moved between the output buffer and DRAM (optimizer.py {@code oprec = 16}). */
    static final int OUTPUT_BITS = 16;

    final long[] counts = new long[LoopDim.values().length];
    long weightTileBits;
    long inputTileBits;
    long outputTileBits;
    boolean fits;
    long tiles;
    long computeCyclesPerTile;
    long computeCycles;
    GemmDims tileDims;
    long weightReadsPerTile;
    long inputReadsPerTile;
    long outputReadsPerTile;
    long outputWritesPerTile;
    /** The array's buffer accesses over all tiles (the per-tile figures times the tiles, every tile counted full). */
    long weightReads;
    long inputReads;
    long outputReads;
    long outputWrites;

    private final LayerShape shape;
    private final int weightBits;
    private final int activationBits;
    private final long weightPadLanes;
    private final long inputPadLanes;
    private final BitBrickArray array;
    private final OperandPrecision precision;
    private final Dataflow dataflow;
    private final boolean weightStationary;
    private final long halfWeightBits;
    private final long halfInputBits;

    TileModel(LayerProblem problem, Dataflow dataflow) {
        this.shape = problem.shape();
        MapperDesign design = problem.design();
        this.weightBits = problem.precision().weightBits();
        this.activationBits = problem.precision().activationBits();
        int pfW = design.array().precisionFactor(weightBits);
        int pfA = design.array().precisionFactor(activationBits);
        int n = design.array().rows();
        int m = design.array().cols();
        this.weightPadLanes = (long) n * pfW;
        this.inputPadLanes = (long) m * pfA;
        this.array = design.array();
        this.precision = problem.precision();
        this.dataflow = dataflow;
        this.weightStationary = dataflow == Dataflow.WEIGHT_STATIONARY;
        this.halfWeightBits = design.halfBufferBits(Operand.WEIGHTS);
        this.halfInputBits = design.halfBufferBits(Operand.INPUTS);
    }

    /** Computes every quantity of tile sizes (b, o, ic, oc). */
    void set(long b, int o, int ic, int oc) {
        long k2ic = (long) shape.kernel() * shape.kernel() * ic;
        long pixels = (long) o * o;
        weightTileBits = mul(mul(ceilDiv(k2ic, weightPadLanes) * weightPadLanes, oc), weightBits);
        inputTileBits = mul(mul(mul(pixels, ceilDiv(k2ic, inputPadLanes) * inputPadLanes), b), activationBits);
        outputTileBits = mul(mul(pixels, oc), b) * OUTPUT_BITS;
        fits = weightTileBits <= halfWeightBits && inputTileBits <= halfInputBits;

        counts[LoopDim.B.ordinal()] = ceilDiv(shape.batch(), b);
        long outTiles = ceilDiv(shape.out(), o);
        counts[LoopDim.OW.ordinal()] = outTiles;
        counts[LoopDim.OH.ordinal()] = outTiles;
        counts[LoopDim.IC.ordinal()] = ceilDiv(shape.inChannels(), ic);
        counts[LoopDim.OC.ordinal()] = ceilDiv(shape.outChannels(), oc);
        tiles = mul(mul(mul(mul(counts[0], counts[1]), counts[2]), counts[3]), counts[4]);

        long outputs = mul(pixels * b, oc);
        long macs = mul(outputs, k2ic);
        if (weightStationary) {
            inputReadsPerTile = mul(macs, activationBits);
            outputReadsPerTile = mul(macs, OUTPUT_BITS);
            outputWritesPerTile = outputReadsPerTile;
            weightReadsPerTile = mul(k2ic * oc, weightBits);
        } else {
            inputReadsPerTile = mul(macs, activationBits);
            outputWritesPerTile = mul(outputs, OUTPUT_BITS);
            weightReadsPerTile = mul(macs, weightBits);
            outputReadsPerTile = outputWritesPerTile;
        }
        tileDims = new GemmDims(b * pixels, oc, k2ic);
        computeCyclesPerTile = array.computeCycles(tileDims, precision, dataflow);
        computeCycles = mul(tiles, computeCyclesPerTile);
        weightReads = mul(tiles, weightReadsPerTile);
        inputReads = mul(tiles, inputReadsPerTile);
        outputReads = mul(tiles, outputReadsPerTile);
        outputWrites = mul(tiles, outputWritesPerTile);
    }

    /** Every count here is exact: an overflow is an error, never a wrapped figure. */
    private static long mul(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    long tileBits(Operand operand) {
        return switch (operand) {
            case WEIGHTS -> weightTileBits;
            case INPUTS -> inputTileBits;
            case OUTPUTS -> outputTileBits;
        };
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
