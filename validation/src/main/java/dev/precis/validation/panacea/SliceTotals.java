package dev.precis.validation.panacea;

import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TileBlock;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.trace.TraceRecord;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A panacea trace's activation slice statistics over the whole model, read from its tile records: HO slice
 * vectors (all, zero, equal to the layer's frequent value), the dense and RLE-compressed activation bits, and the
 * MAC-weighted LO width DBS chose.
 */
record SliceTotals(long vectors, long zeroVectors, long frequentVectors, long denseBits, long compressedBits,
                   double meanLoBits) {

    static SliceTotals read(Path trace) {
        long vectors = 0;
        long zero = 0;
        long frequent = 0;
        long dense = 0;
        long compressed = 0;
        double loMacs = 0;
        double macs = 0;
        int loBits = 0;
        try (TraceReader r = TraceReader.open(trace)) {
            for (TraceRecord rec = r.next(); rec != null; rec = r.next()) {
                if (rec instanceof LayerRecord layer) {
                    Double split = layer.statistics().get("panacea.hoSplitBits");
                    if (split == null) {
                        throw new IllegalStateException(trace + ": layer " + layer.layer().name()
                                + " has no panacea.hoSplitBits (not a panacea trace)");
                    }
                    loBits = (int) Math.round(split);
                    double layerMacs = layer.gemm().macs();
                    macs += layerMacs;
                    loMacs += layerMacs * loBits;
                } else if (rec instanceof TileBlock block && block.role() == TensorRole.INPUT) {
                    TileGrid grid = r.tilingOf(TensorRole.INPUT).grid();
                    TileColumns c = block.columns();
                    for (int t = 0; t < c.size(); t++) {
                        long tile = block.firstTile() + t;
                        int values = grid.valuesIn(tile);
                        vectors += grid.hoVectorsIn(tile);
                        zero += c.hoZeroVectors()[t];
                        frequent += c.hoFrequentVectors()[t];
                        dense += 8L * values;
                        compressed += (long) loBits * values + c.rleBits()[t];
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
        }
        return new SliceTotals(vectors, zero, frequent, dense, compressed, loMacs / macs);
    }

    /** HO vectors the dynamic operator skips (zero or the frequent value), as a share of all HO vectors. */
    double skippableShare() {
        return (zeroVectors + frequentVectors) / (double) vectors;
    }

    /** HO vectors that are all zero (what a Sibia-style array skips), as a share of all HO vectors. */
    double zeroShare() {
        return zeroVectors / (double) vectors;
    }

    /** Activation bits with RLE-coded HO slices over the dense bits. */
    double compressedShare() {
        return compressedBits / (double) denseBits;
    }
}
