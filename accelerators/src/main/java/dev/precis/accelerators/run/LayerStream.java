package dev.precis.accelerators.run;

import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
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
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The layers of a trace as the replay needs them, read one record at a time (a trace is never held whole:
 * tile blocks are skipped as they stream past).
 */
final class LayerStream implements Closeable {
    private final TraceReader reader;
    private final Path file;

    private LayerStream(TraceReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    static LayerStream open(Path trace) {
        try {
            return new LayerStream(TraceReader.open(trace), trace);
        } catch (IOException e) {
            throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
        }
    }

    TraceHeader header() {
        return reader.header();
    }

    /** The next layer with its input tiles' precisions when the trace records them, or null after the last. */
    ReplayLayer next() {
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
        java.io.ByteArrayOutputStream bits = precision ? new java.io.ByteArrayOutputStream() : null;
        for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
            if (r instanceof LayerEnd) break;
            if (precision && r instanceof TileBlock block && block.role() == TensorRole.INPUT) {
                byte[] column = block.columns().precisionBits();
                bits.write(column, 0, block.tileCount());
            }
        }
        if (!precision) return layer;
        TileGrid g = inputTiling.grid();
        return new ReplayLayer(layer.index(), layer.name(), layer.shape(), layer.gemm(), layer.copies(), layer.precision(),
                layer.formats(), layer.macs(), new ReplayLayer.InputTiles(g.tileRows(), g.tileCols(), bits.toByteArray()));
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
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
