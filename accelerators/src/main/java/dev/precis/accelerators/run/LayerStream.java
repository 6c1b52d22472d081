package dev.precis.accelerators.run;

import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.components.pe.SliceStats;
import dev.precis.workloads.trace.LayerEnd;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.OperandTiling;
import dev.precis.workloads.trace.TileBlock;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TraceEnd;
import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.trace.TraceRecord;
import dev.precis.workloads.tracegen.DescribedTrace;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * The layers of a trace as the replay needs them, read one record at a time (a trace is never held whole:
 * tile blocks are skipped as they stream past), or of a {@link DescribedTrace} held in memory (no tiles).
 */
final class LayerStream implements Closeable {
    /** The tile fields the replay reads (into {@link ReplayLayer}); the others (NONZERO) it skips. */
    private static final Set<TileField> READ = EnumSet.of(TileField.PRECISION, TileField.HO_SLICES);

    private final TraceReader reader;
    /** What messages name: the trace file, or the model of a described trace. */
    private final String file;
    private final DescribedTrace described;
    private int nextDescribed;

    private LayerStream(TraceReader reader, String file, DescribedTrace described) {
        this.reader = reader;
        this.file = file;
        this.described = described;
    }

    /**
     * Whether the replay reads any of {@code fields}: if not, a quantizer writing only those replays the same
     * from its layers described without tiles ({@code LayerQuantization.describe}).
     */
    static boolean readsAnyOf(Set<TileField> fields) {
        for (TileField f : fields) if (READ.contains(f)) return true;
        return false;
    }

    /** The layers of a trace held in memory, which has no tiles. */
    static LayerStream of(DescribedTrace trace) {
        return new LayerStream(null, trace.header().model() + " (layers described in memory)", trace);
    }

    static LayerStream open(Path trace) {
        try {
            return new LayerStream(TraceReader.open(trace), trace.toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
        }
    }

    TraceHeader header() {
        return reader != null ? reader.header() : described.header();
    }

    /** The next layer with its input tiles' precisions when the trace records them, or null after the last. */
    ReplayLayer next() {
        if (described != null) {
            return nextDescribed < described.layers().size()
                    ? layer(described.layers().get(nextDescribed++), described.header().batch()) : null;
        }
        try {
            for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof LayerRecord rec) return withTiles(rec);
                if (r instanceof TraceEnd) return null;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the layer's tile blocks up to its end, keeping the input's PRECISION column if it has one. */
    private ReplayLayer withTiles(LayerRecord rec) throws IOException {
        ReplayLayer layer = layer(rec, reader.header().batch());
        OperandTiling inputTiling = null;
        for (OperandTiling t : rec.tilings()) if (t.role() == TensorRole.INPUT) inputTiling = t;
        boolean precision = inputTiling != null && inputTiling.fields().contains(TileField.PRECISION);
        boolean slices = inputTiling != null && inputTiling.fields().contains(TileField.HO_SLICES);
        java.io.ByteArrayOutputStream bits = precision ? new java.io.ByteArrayOutputStream() : null;
        long[] sums = new long[6]; // values, vectors, zero, frequent, runs, rle bits
        for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
            if (r instanceof LayerEnd) break;
            if (r instanceof TileBlock block && block.role() == TensorRole.INPUT) {
                if (precision) bits.write(block.columns().precisionBits(), 0, block.tileCount());
                if (slices) addSlices(sums, block, inputTiling.grid());
            }
        }
        if (!precision && !slices) return layer;
        TileGrid g = inputTiling.grid();
        SliceStats sliceStats = null;
        if (slices) {
            double ho = rec.statistics().getOrDefault("panacea.hoBits", Double.NaN);
            if (Double.isNaN(ho)) {
                throw new IllegalArgumentException(file + ": layer " + rec.layerIndex() + " (" + rec.layer().name()
                        + ") has HO slice tiles but no panacea.hoBits statistic");
            }
            int hoBits = (int) ho;
            sliceStats = new SliceStats(sums[0], g.hoVectorLength(), hoBits, layer.precision().activationBits() - hoBits,
                    sums[1], sums[2], sums[3], sums[4], sums[5]);
        }
        return new ReplayLayer(layer.index(), layer.name(), layer.shape(), layer.gemm(), layer.copies(), layer.precision(),
                layer.formats(), layer.macs(),
                precision ? new ReplayLayer.InputTiles(g.tileRows(), g.tileCols(), bits.toByteArray()) : null, sliceStats);
    }

    private static void addSlices(long[] sums, TileBlock block, TileGrid grid) {
        var c = block.columns();
        for (int i = 0; i < block.tileCount(); i++) {
            long tile = block.firstTile() + i;
            sums[0] += grid.valuesIn(tile);
            sums[1] += grid.hoVectorsIn(tile);
            sums[2] += c.hoZeroVectors()[i];
            sums[3] += c.hoFrequentVectors()[i];
            sums[4] += c.rleRuns()[i];
            sums[5] += c.rleBits()[i];
        }
    }

    private ReplayLayer layer(LayerRecord rec, int batch) {
        Layer layer = rec.layer();
        TensorDescriptor input = descriptor(rec, TensorRole.INPUT);
        TensorDescriptor operandB = descriptor(rec, layer.operandBRole());
        OperandFormats formats;
        try {
            formats = OperandFormats.of(operandB.typeName(), input.typeName());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": layer " + rec.layerIndex() + " (" + layer.name() + "): " + e.getMessage(), e);
        }
        var g = rec.gemm();
        long macs = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(g.m(), g.n()), g.k()), g.count());
        return new ReplayLayer(rec.layerIndex(), layer.name(), LayerShape.of(layer, batch), new GemmDims(g.m(), g.n(), g.k()),
                g.count(), new OperandPrecision(operandB.bits(), input.bits()), formats, macs);
    }

    private TensorDescriptor descriptor(LayerRecord rec, TensorRole role) {
        for (TensorDescriptor t : rec.tensors()) if (t.role() == role) return t;
        throw new IllegalArgumentException(file + ": layer " + rec.layerIndex() + " (" + rec.layer().name()
                + ") has no " + role + " tensor descriptor");
    }

    @Override
    public void close() {
        if (reader == null) return;
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
