package dev.precis.accelerators.replay;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Consecutive steps of a tile schedule merged into COMPUTE blocks of at most {@code blockSteps} steps. A block of
 * {@code c} tiles is the tile's GEMM with its temporal dimension times {@code c} (K for output stationary, M for
 * weight stationary), which a bit-brick array computes in exactly {@code c} times the tile's cycles and MACs.
 */
final class TileBlocks implements Iterator<ComputeBlock> {
    private final ComputeWork tile;
    private final long blockSteps;
    private long left;

    TileBlocks(ComputeWork tile, long steps, long blockSteps) {
        if (blockSteps < 1) throw new IllegalArgumentException("blockSteps must be >= 1, got " + blockSteps);
        this.tile = tile;
        this.left = steps;
        this.blockSteps = blockSteps;
    }

    /** {@code c} tiles as one block. */
    static ComputeWork merged(ComputeWork tile, long c) {
        if (c == 1) return tile;
        GemmDims d = tile.dims();
        GemmDims merged = tile.dataflow() == Dataflow.WEIGHT_STATIONARY
                ? new GemmDims(Math.multiplyExact(d.m(), c), d.n(), d.k())
                : new GemmDims(d.m(), d.n(), Math.multiplyExact(d.k(), c));
        return new ComputeWork(tile.layer(), merged, tile.precision(), tile.dataflow());
    }

    @Override
    public boolean hasNext() {
        return left > 0;
    }

    @Override
    public ComputeBlock next() {
        if (left <= 0) throw new NoSuchElementException();
        long c = Math.min(left, blockSteps);
        left -= c;
        return new ComputeBlock.Gemm(merged(tile, c));
    }
}
