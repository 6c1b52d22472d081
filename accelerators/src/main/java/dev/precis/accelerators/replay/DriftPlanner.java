package dev.precis.accelerators.replay;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.components.pe.BitBrickArray;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A layer on Drift's chain (detector, scheduler, bit-brick sub-arrays): the controller streams the layer's input
 * tiles with their recorded runtime precisions ({@code drift.tiles}, runs of {@code tilesPerRun} tiles in the
 * trace's tile order) to the detector, while the memory streams the layer's operands in and its outputs back
 * (one phase per layer). Which tiles run together at which precision is the scheduler's policy slot's business.
 */
public final class DriftPlanner implements LayerPlanner {
    private final List<BitBrickArray> subArrays;
    private final int tilesPerRun;
    private final int outputBits;

    public DriftPlanner(List<BitBrickArray> subArrays, int tilesPerRun, int outputBits) {
        this.subArrays = List.copyOf(subArrays);
        this.tilesPerRun = tilesPerRun;
        this.outputBits = outputBits;
    }

    @Override
    public long peakMacsPerCycle(ReplayLayer layer) {
        long peak = 0;
        for (BitBrickArray a : subArrays) peak += a.macsPerCycle(layer.precision());
        return peak;
    }

    @Override
    public void checkFits(ReplayLayer layer) {
        if (layer.tiles() == null) {
            throw new IllegalArgumentException("layer " + layer.name() + ": Drift's detector needs each input tile's runtime "
                    + "precision, and the trace has no PRECISION column (make it with --quantizer drift)");
        }
    }

    @Override
    public LayerPlan plan(ReplayLayer layer) {
        checkFits(layer);
        var g = layer.gemm();
        ReplayLayer.InputTiles tiles = layer.tiles();
        int staticBits = layer.precision().activationBits();
        int weightBits = layer.precision().weightBits();
        int groups = Math.toIntExact(layer.copies());
        Iterator<ComputeBlock> runs = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < tiles.count();
            }

            @Override
            public ComputeBlock next() {
                if (!hasNext()) throw new NoSuchElementException();
                int n = Math.min(tilesPerRun, tiles.count() - next);
                ActivationTiles run = new ActivationTiles(layer.name(), groups, g.m(), g.k(), g.n(), tiles.tileRows(),
                        tiles.tileK(), next, tiles.slice(next, n), staticBits, weightBits, next + n == tiles.count());
                next += n;
                return new ComputeBlock.TileRun(run);
            }
        };
        long inputBits = Math.multiplyExact(Math.multiplyExact(g.m(), g.k()), (long) staticBits) * layer.copies();
        long weightBitsTotal = Math.multiplyExact(Math.multiplyExact(g.k(), g.n()), (long) weightBits) * layer.copies();
        long outBits = Math.multiplyExact(Math.multiplyExact(g.m(), g.n()), (long) outputBits) * layer.copies();
        List<Transfer> transfers = new ArrayList<>(2);
        transfers.add(new Transfer(false, inputBits + weightBitsTotal));
        transfers.add(new Transfer(true, outBits));
        Iterator<ReplayPhase> phases = List.of(new ReplayPhase(runs, transfers.iterator())).iterator();
        LayerPlan.BufferBits bits = new LayerPlan.BufferBits(weightBitsTotal, weightBitsTotal, inputBits, inputBits, outBits, outBits);
        return new LayerPlan(phases, bits, tiles.count() + " tiles in runs of " + tilesPerRun);
    }
}
