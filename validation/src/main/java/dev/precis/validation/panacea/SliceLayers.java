package dev.precis.validation.panacea;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.components.pe.SliceStats;
import dev.precis.validation.papers.ModelLayers;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.tracegen.OperandTiles;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model's layers as the bit-slice arrays receive them: each layer's GEMM (groups stacked along M, as the
 * quantizer stacks them) with the {@code panacea} quantizer's activation slice statistics summed over the layer's
 * tiles (the trace's HO_SLICES fields), for one ZPM/DBS setting.
 */
record SliceLayers(String model, boolean zpm, boolean dbs, List<Layer> layers) {

    /** One layer's work and its activation slice statistics. */
    record Layer(ComputeWork work, SliceStats slices) {
    }

    static final int WEIGHT_BITS = 8;
    static final int ACTIVATION_BITS = 8;

    static SliceLayers of(String model, int batch, boolean zpm, boolean dbs) {
        List<Layer> layers = new ArrayList<>();
        ModelLayers.quantize(model, batch, "panacea", Map.of("zpm", Boolean.toString(zpm), "dbs", Boolean.toString(dbs)),
                (operands, q) -> {
                    OperandTiles a = q.tiles().stream().filter(t -> t.role() == TensorRole.INPUT).findFirst()
                            .orElseThrow(() -> new IllegalStateException(model + " layer " + operands.layer().name()
                                    + ": the panacea quantizer gave no activation tiles"));
                    int loBits = (int) Math.round(q.statistics().get("panacea.hoSplitBits"));
                    int hoBits = (int) Math.round(q.statistics().get("panacea.hoBits"));
                    var g = operands.gemm();
                    ComputeWork work = new ComputeWork(operands.layerIndex() + ":" + operands.layer().name(),
                            new GemmDims(g.m() * g.count(), g.n(), g.k()),
                            new OperandPrecision(WEIGHT_BITS, ACTIVATION_BITS), Dataflow.OUTPUT_STATIONARY);
                    layers.add(new Layer(work, sum(a, hoBits, loBits)));
                });
        return new SliceLayers(model, zpm, dbs, layers);
    }

    private static SliceStats sum(OperandTiles tiles, int hoBits, int loBits) {
        TileGrid grid = tiles.grid();
        TileColumns c = tiles.columns();
        long values = 0;
        long vectors = 0;
        long zero = 0;
        long frequent = 0;
        long runs = 0;
        long rleBits = 0;
        for (int t = 0; t < c.size(); t++) {
            values += grid.valuesIn(t);
            vectors += grid.hoVectorsIn(t);
            zero += c.hoZeroVectors()[t];
            frequent += c.hoFrequentVectors()[t];
            runs += c.rleRuns()[t];
            rleBits += c.rleBits()[t];
        }
        return new SliceStats(values, grid.hoVectorLength(), hoBits, loBits, vectors, zero, frequent, runs, rleBits);
    }

    /** HO vectors the dynamic operator skips (zero or the frequent value), as a share of all HO vectors. */
    double skippableShare() {
        long vectors = layers.stream().mapToLong(l -> l.slices().vectors()).sum();
        long skipped = layers.stream().mapToLong(l -> l.slices().zeroVectors() + l.slices().frequentVectors()).sum();
        return skipped / (double) vectors;
    }

    /** HO vectors that are all zero, as a share of all HO vectors (what a Sibia-style array skips). */
    double zeroShare() {
        long vectors = layers.stream().mapToLong(l -> l.slices().vectors()).sum();
        return layers.stream().mapToLong(l -> l.slices().zeroVectors()).sum() / (double) vectors;
    }

    /** Activation bits with RLE-coded HO slices over the dense bits. */
    double compressedShare() {
        long dense = layers.stream().mapToLong(l -> l.slices().denseBits()).sum();
        return layers.stream().mapToLong(l -> l.slices().compressedBits()).sum() / (double) dense;
    }

    /** The MAC-weighted mean LO width DBS chose. */
    double meanLoBits() {
        double macs = layers.stream().mapToDouble(l -> l.work().dims().macs()).sum();
        return layers.stream().mapToDouble(l -> l.slices().loBits() * (double) l.work().dims().macs()).sum() / macs;
    }
}
