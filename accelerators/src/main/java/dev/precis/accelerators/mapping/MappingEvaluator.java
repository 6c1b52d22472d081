package dev.precis.accelerators.mapping;

/**
 * Costs one mapping of one layer exactly as the ANT artifact does (optimizer.py {@code get_stats_fast}):
 * tile sizes and compute from {@link TileModel}, traffic from {@link RefetchRule}, cycles from
 * {@link OverlapRule#LAYER_AGGREGATE}, energies from {@link ArtifactEnergyModel}.
 *
 * <p>Buffer accesses: every bit read from DRAM is written into its buffer; every bit written to DRAM is
 * read from the output buffer; and per tile the array reads (output stationary) each input and weight
 * once per output it feeds and reads and writes each output once, or (weight stationary) each weight once,
 * and each input and each partial sum once per weight it meets. The artifact counts every tile as full,
 * edge tiles included.
 */
public final class MappingEvaluator {

    private MappingEvaluator() {
    }

    /** Whether the mapping's tiles fit (weights and inputs in half their buffers). */
    public static boolean admits(LayerProblem problem, Mapping mapping) {
        TileModel tile = tileModel(problem, mapping);
        return tile.fits;
    }

    /**
     * The artifact's per-layer figures for {@code mapping}.
     *
     * @throws IllegalArgumentException if a tile exceeds its dimension or does not fit in half its buffer
     */
    public static LayerResult evaluate(LayerProblem problem, Mapping mapping) {
        TileModel tile = tileModel(problem, mapping);
        if (!tile.fits) {
            throw new IllegalArgumentException(problem.shape().name() + ": mapping " + mapping + " rejected: weight tile "
                    + tile.weightTileBits + " bits (half buffer " + problem.design().halfBufferBits(Operand.WEIGHTS)
                    + "), input tile " + tile.inputTileBits + " bits (half buffer "
                    + problem.design().halfBufferBits(Operand.INPUTS) + ")");
        }
        MapperDesign design = problem.design();
        OperandTraffic w = RefetchRule.traffic(mapping.order(), tile.counts, tile.weightTileBits,
                design.halfBufferBits(Operand.WEIGHTS), Operand.WEIGHTS);
        OperandTraffic a = RefetchRule.traffic(mapping.order(), tile.counts, tile.inputTileBits,
                design.halfBufferBits(Operand.INPUTS), Operand.INPUTS);
        OperandTraffic o = RefetchRule.traffic(mapping.order(), tile.counts, tile.outputTileBits,
                design.halfBufferBits(Operand.OUTPUTS), Operand.OUTPUTS);
        long fill = w.blockBits() + a.blockBits();
        long drain = o.drainBits();
        long reads = w.dramBits() + a.dramBits();
        long writes = o.dramBits();
        long stalls = OverlapRule.aggregateStallCycles(tile.computeCycles, fill, reads + writes - fill - drain, drain,
                design.interfaceBitsPerCycle());
        BufferAccesses buffers = new BufferAccesses(
                tile.weightReads, w.dramBits(), tile.inputReads, a.dramBits(),
                Math.addExact(writes, tile.outputReads), tile.outputWrites);
        LayerStats one = new LayerStats(tile.computeCycles + stalls, tile.computeCycles, stalls,
                problem.shape().macs() / problem.shape().repeats(), reads, writes, buffers);
        LayerStats all = one.times(problem.shape().repeats());
        return new LayerResult(problem.shape().name(), mapping, problem.shape().repeats(), w, a, o, fill, all,
                ArtifactEnergyModel.searchEnergyNj(all, design.energy()),
                ArtifactEnergyModel.breakdown(all, design.energy()));
    }

    /** The order-independent per-tile figures of the mapping's tiling. */
    public static TileCosts tileCosts(LayerProblem problem, Mapping mapping) {
        return TileCosts.of(tileModel(problem, mapping));
    }

    static TileModel tileModel(LayerProblem problem, Mapping mapping) {
        Tiling t = mapping.tiling();
        if (!t.fits(problem.shape())) {
            throw new IllegalArgumentException(problem.shape().name() + ": tiling " + t + " exceeds the layer " + problem.shape());
        }
        TileModel tile = new TileModel(problem, mapping.dataflow());
        tile.set(t.batch(), t.out(), t.inChannels(), t.outChannels());
        return tile;
    }
}
