package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Encodes records into payloads and decodes payloads into records: syntax only (field
 * widths, counts, codes, UTF-8). Semantic checks live in {@link TraceValidator}.
 * The byte layout is specified in TRACE_FORMAT.md.
 */
final class RecordCodec {

    static final int KIND_CONV = 1;
    static final int KIND_FC = 2;
    static final int KIND_MATMUL = 3;

    /** File codes of activation kinds: the index in this array. Append only; never reorder. */
    private static final ActivationKind[] ACTIVATION_KINDS = {ActivationKind.NETWORK_INPUT, ActivationKind.POST_RELU,
            ActivationKind.LINEAR, ActivationKind.POST_GELU, ActivationKind.TRANSFORMER_HIDDEN,
            ActivationKind.ATTENTION_PROBABILITIES};

    static int code(ActivationKind kind) {
        for (int i = 0; i < ACTIVATION_KINDS.length; i++) {
            if (ACTIVATION_KINDS[i] == kind) {
                return i;
            }
        }
        throw new IllegalStateException("activation kind " + kind + " has no file code");
    }

    private RecordCodec() {
    }

    // ---------------------------------------------------------------- encoding

    static int encode(TraceRecord record, PayloadWriter out) {
        out.reset();
        if (record instanceof TraceHeader h) {
            encodeHeader(h, out);
            return TraceFormat.TYPE_HEADER;
        }
        if (record instanceof LayerRecord l) {
            encodeLayer(l, out);
            return TraceFormat.TYPE_LAYER;
        }
        if (record instanceof TileBlock b) {
            encodeBlock(b, out);
            return TraceFormat.TYPE_TILE_BLOCK;
        }
        if (record instanceof LayerEnd e) {
            encodeLayerEnd(e, out);
            return TraceFormat.TYPE_LAYER_END;
        }
        TraceEnd end = (TraceEnd) record;
        out.i64(end.recordsBefore());
        out.i64(end.totalTiles());
        return TraceFormat.TYPE_END;
    }

    private static void encodeHeader(TraceHeader h, PayloadWriter out) {
        out.string(h.model());
        out.string(h.quantizer());
        encodeTexts(h.quantizerSettings(), out);
        encodeTexts(h.quantizerDetails(), out);
        out.i64(h.seed());
        out.i32(h.batch());
        out.i32(h.layerCount());
        out.string(h.generator());
        out.i32(h.importedOperands().size());
        for (OperandRef r : h.importedOperands()) {
            out.i32(r.layerIndex());
            out.u8(r.role().code());
        }
    }

    private static void encodeTexts(SortedMap<String, String> texts, PayloadWriter out) {
        out.u16(texts.size());
        texts.forEach((k, v) -> {
            out.string(k);
            out.string(v);
        });
    }

    private static void encodeLayer(LayerRecord l, PayloadWriter out) {
        out.i32(l.layerIndex());
        Layer layer = l.layer();
        out.string(layer.name());
        out.u8(code(layer.inputKind()));
        if (layer instanceof ConvLayer c) {
            out.u8(KIND_CONV);
            for (int v : new int[] {c.inChannels(), c.inHeight(), c.inWidth(), c.outChannels(), c.kernelHeight(),
                    c.kernelWidth(), c.strideHeight(), c.strideWidth(), c.padHeight(), c.padWidth(), c.groups(),
                    c.outHeight(), c.outWidth()}) {
                out.i32(v);
            }
        } else if (layer instanceof FcLayer f) {
            out.u8(KIND_FC);
            out.i32(f.inFeatures());
            out.i32(f.outFeatures());
            out.i32(f.rowsPerSample());
        } else {
            MatMulLayer m = (MatMulLayer) layer;
            out.u8(KIND_MATMUL);
            out.i32(m.m());
            out.i32(m.n());
            out.i32(m.k());
            out.i32(m.heads());
            out.u8(code(m.secondOperandKind()));
        }
        GemmShape g = l.gemm();
        out.i64(g.m());
        out.i64(g.n());
        out.i64(g.k());
        out.i64(g.count());
        out.u8(l.tensors().size());
        for (TensorDescriptor t : l.tensors()) {
            out.u8(t.role().code());
            out.string(t.typeName());
            out.u8(t.bits());
            out.u8(t.perChannel() ? 1 : 0);
            out.i32(t.scaleCount());
            for (int i = 0; i < t.scaleCount(); i++) {
                out.f32(t.scale(i));
            }
            out.i32(t.zeroPointCount());
            for (int i = 0; i < t.zeroPointCount(); i++) {
                out.i32(t.zeroPoint(i));
            }
        }
        out.u8(l.tilings().size());
        for (OperandTiling t : l.tilings()) {
            out.u8(t.role().code());
            out.u8(TileField.mask(t.fields()));
            TileGrid g2 = t.grid();
            out.i32(g2.groups());
            out.i32(g2.rows());
            out.i32(g2.cols());
            out.i32(g2.tileRows());
            out.i32(g2.tileCols());
            out.i32(g2.hoVectorLength());
        }
        out.u16(l.statistics().size());
        l.statistics().forEach((k, v) -> {
            out.string(k);
            out.f64(v);
        });
    }

    private static void encodeBlock(TileBlock b, PayloadWriter out) {
        TileColumns c = b.columns();
        out.i32(b.layerIndex());
        out.u8(b.role().code());
        out.u8(TileField.mask(c.fields()));
        out.i64(b.firstTile());
        out.i32(c.size());
        for (int v : c.nonzero()) {
            out.u16(v);
        }
        if (c.precisionBits() != null) {
            for (byte v : c.precisionBits()) {
                out.u8(v);
            }
        }
        if (c.hoZeroVectors() != null) {
            for (int v : c.hoZeroVectors()) {
                out.u16(v);
            }
            for (int v : c.hoFrequentVectors()) {
                out.u16(v);
            }
            for (int v : c.rleRuns()) {
                out.u16(v);
            }
            for (long v : c.rleBits()) {
                out.u32(v);
            }
        }
    }

    private static void encodeLayerEnd(LayerEnd e, PayloadWriter out) {
        out.i32(e.layerIndex());
        out.u8(e.totals().size());
        for (OperandTotals t : e.totals()) {
            out.u8(t.role().code());
            out.u8((t.precisionHistogram() != null ? TileField.PRECISION.bit() : 0)
                    | (t.hoSlices() ? TileField.HO_SLICES.bit() : 0));
            out.i64(t.tiles());
            out.i64(t.nonzero());
            if (t.precisionHistogram() != null) {
                for (long v : t.precisionHistogram()) {
                    out.i64(v);
                }
            }
            if (t.hoSlices()) {
                out.i64(t.hoZeroVectors());
                out.i64(t.hoFrequentVectors());
                out.i64(t.rleRuns());
                out.i64(t.rleBits());
            }
        }
    }

    // ---------------------------------------------------------------- decoding

    static TraceRecord decode(int type, PayloadReader in) throws TraceFormatException {
        TraceRecord record = switch (type) {
            case TraceFormat.TYPE_HEADER -> decodeHeader(in);
            case TraceFormat.TYPE_LAYER -> decodeLayer(in);
            case TraceFormat.TYPE_TILE_BLOCK -> decodeBlock(in);
            case TraceFormat.TYPE_LAYER_END -> decodeLayerEnd(in);
            case TraceFormat.TYPE_END -> new TraceEnd(in.i64("recordsBefore"), in.i64("totalTiles"));
            default -> throw in.error("type", "unknown record type " + type);
        };
        in.requireEnd(TraceFormat.typeName(type));
        return record;
    }

    private static TraceHeader decodeHeader(PayloadReader in) throws TraceFormatException {
        String model = in.string("model");
        String quantizer = in.string("quantizer");
        SortedMap<String, String> settings = decodeTexts(in, "quantizerSettings");
        SortedMap<String, String> details = decodeTexts(in, "quantizerDetails");
        long seed = in.i64("seed");
        int batch = in.i32("batch");
        int layers = in.i32("layerCount");
        String generator = in.string("generator");
        int n = in.count("importedOperands.count", 0, Integer.MAX_VALUE, 5);
        List<OperandRef> imported = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String f = "importedOperands[" + i + "]";
            imported.add(new OperandRef(in.i32(f + ".layerIndex"), role(in, f + ".role")));
        }
        return new TraceHeader(model, quantizer, settings, details, seed, batch, layers, generator, imported);
    }

    private static SortedMap<String, String> decodeTexts(PayloadReader in, String field) throws TraceFormatException {
        int n = in.u16(field + ".count");
        SortedMap<String, String> texts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.string(field + "[" + i + "].key");
            String value = in.string(field + "[" + i + "].value");
            if (texts.put(key, value) != null) {
                throw in.error(field + "[" + i + "].key", "duplicate key '" + key + "'");
            }
        }
        return texts;
    }

    private static LayerRecord decodeLayer(PayloadReader in) throws TraceFormatException {
        int index = in.i32("layerIndex");
        String name = in.string("name");
        ActivationKind inputKind = activationKind(in, "inputKind");
        int kind = in.u8("kind");
        Layer layer;
        try {
            if (kind == KIND_CONV) {
                int[] v = new int[13];
                String[] names = {"inChannels", "inHeight", "inWidth", "outChannels", "kernelHeight", "kernelWidth",
                        "strideHeight", "strideWidth", "padHeight", "padWidth", "groups", "outHeight", "outWidth"};
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.i32(names[i]);
                }
                layer = new ConvLayer(name, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                        v[12], inputKind);
            } else if (kind == KIND_FC) {
                layer = new FcLayer(name, in.i32("inFeatures"), in.i32("outFeatures"), in.i32("rowsPerSample"),
                        inputKind);
            } else if (kind == KIND_MATMUL) {
                int m = in.i32("m");
                int n = in.i32("n");
                int k = in.i32("k");
                int heads = in.i32("heads");
                layer = new MatMulLayer(name, m, n, k, heads, inputKind, activationKind(in, "secondOperandKind"));
            } else {
                throw in.error("kind", "unknown layer kind " + kind);
            }
        } catch (IllegalArgumentException e) {
            throw in.error("layer", e.getMessage());
        }
        GemmShape gemm;
        try {
            gemm = new GemmShape(in.i64("gemm.m"), in.i64("gemm.n"), in.i64("gemm.k"), in.i64("gemm.count"));
        } catch (IllegalArgumentException e) {
            throw in.error("gemm", e.getMessage());
        }
        int tensorCount = in.u8("tensors.count");
        List<TensorDescriptor> tensors = new ArrayList<>(tensorCount);
        for (int t = 0; t < tensorCount; t++) {
            String f = "tensors[" + t + "]";
            TensorRole role = role(in, f + ".role");
            String type = in.string(f + ".type");
            int bits = in.u8(f + ".bits");
            int perChannel = in.u8(f + ".perChannel");
            if (perChannel > 1) {
                throw in.error(f + ".perChannel", "flag must be 0 or 1, got " + perChannel);
            }
            int scaleCount = in.count(f + ".scales.count", 1, Integer.MAX_VALUE, 4);
            float[] scales = new float[scaleCount];
            for (int i = 0; i < scaleCount; i++) {
                scales[i] = in.f32(f + ".scales");
            }
            int zpCount = in.count(f + ".zeroPoints.count", 1, Integer.MAX_VALUE, 4);
            int[] zeroPoints = new int[zpCount];
            for (int i = 0; i < zpCount; i++) {
                zeroPoints[i] = in.i32(f + ".zeroPoints");
            }
            tensors.add(new TensorDescriptor(role, type, bits, perChannel == 1, scales, zeroPoints));
        }
        int tilingCount = in.u8("tilings.count");
        List<OperandTiling> tilings = new ArrayList<>(tilingCount);
        for (int t = 0; t < tilingCount; t++) {
            String f = "tilings[" + t + "]";
            TensorRole role = role(in, f + ".role");
            Set<TileField> fields = fields(in, f + ".fields");
            TileGrid grid = new TileGrid(in.i32(f + ".groups"), in.i32(f + ".rows"), in.i32(f + ".cols"),
                    in.i32(f + ".tileRows"), in.i32(f + ".tileCols"), in.i32(f + ".hoVectorLength"));
            tilings.add(new OperandTiling(role, grid, fields));
        }
        int statCount = in.u16("statistics.count");
        SortedMap<String, Double> stats = new TreeMap<>();
        for (int i = 0; i < statCount; i++) {
            String key = in.string("statistics[" + i + "].name");
            if (stats.put(key, in.f64("statistics[" + i + "].value")) != null) {
                throw in.error("statistics[" + i + "].name", "duplicate statistic '" + key + "'");
            }
        }
        return new LayerRecord(index, layer, gemm, tensors, tilings, stats);
    }

    private static TileBlock decodeBlock(PayloadReader in) throws TraceFormatException {
        int layerIndex = in.i32("layerIndex");
        TensorRole role = role(in, "role");
        Set<TileField> fields = fields(in, "fields");
        long firstTile = in.i64("firstTile");
        int bytesPerTile = 2 + (fields.contains(TileField.PRECISION) ? 1 : 0)
                + (fields.contains(TileField.HO_SLICES) ? 10 : 0);
        int n = in.count("tileCount", 1, TraceFormat.MAX_BLOCK_TILES, bytesPerTile);
        TileColumns c = TileColumns.allocate(n, fields);
        for (int i = 0; i < n; i++) {
            c.nonzero()[i] = in.u16("nonzero");
        }
        if (c.precisionBits() != null) {
            for (int i = 0; i < n; i++) {
                c.precisionBits()[i] = (byte) in.u8("precision");
            }
        }
        if (c.hoZeroVectors() != null) {
            for (int i = 0; i < n; i++) {
                c.hoZeroVectors()[i] = in.u16("hoZeroVectors");
            }
            for (int i = 0; i < n; i++) {
                c.hoFrequentVectors()[i] = in.u16("hoFrequentVectors");
            }
            for (int i = 0; i < n; i++) {
                c.rleRuns()[i] = in.u16("rleRuns");
            }
            for (int i = 0; i < n; i++) {
                c.rleBits()[i] = in.u32("rleBits");
            }
        }
        return new TileBlock(layerIndex, role, firstTile, c);
    }

    private static LayerEnd decodeLayerEnd(PayloadReader in) throws TraceFormatException {
        int layerIndex = in.i32("layerIndex");
        int n = in.u8("totals.count");
        List<OperandTotals> totals = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            String f = "totals[" + t + "]";
            TensorRole role = role(in, f + ".role");
            int flags = in.u8(f + ".fields");
            if ((flags & ~(TileField.PRECISION.bit() | TileField.HO_SLICES.bit())) != 0) {
                throw in.error(f + ".fields", "unknown flag bits " + flags);
            }
            long tiles = in.i64(f + ".tiles");
            long nonzero = in.i64(f + ".nonzero");
            long[] histogram = null;
            if ((flags & TileField.PRECISION.bit()) != 0) {
                histogram = new long[TraceFormat.MAX_PRECISION_BITS + 1];
                for (int b = 0; b < histogram.length; b++) {
                    histogram[b] = in.i64(f + ".precisionHistogram[" + b + "]");
                }
            }
            boolean ho = (flags & TileField.HO_SLICES.bit()) != 0;
            totals.add(ho
                    ? new OperandTotals(role, tiles, nonzero, histogram, true, in.i64(f + ".hoZeroVectors"),
                            in.i64(f + ".hoFrequentVectors"), in.i64(f + ".rleRuns"), in.i64(f + ".rleBits"))
                    : new OperandTotals(role, tiles, nonzero, histogram, false, 0, 0, 0, 0));
        }
        return new LayerEnd(layerIndex, totals);
    }

    private static TensorRole role(PayloadReader in, String field) throws TraceFormatException {
        int code = in.u8(field);
        try {
            return TensorRole.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw in.error(field, "unknown tensor role code " + code);
        }
    }

    private static ActivationKind activationKind(PayloadReader in, String field) throws TraceFormatException {
        int code = in.u8(field);
        if (code >= ACTIVATION_KINDS.length) {
            throw in.error(field, "unknown activation kind code " + code);
        }
        return ACTIVATION_KINDS[code];
    }

    private static Set<TileField> fields(PayloadReader in, String field) throws TraceFormatException {
        int mask = in.u8(field);
        Set<TileField> fields = TileField.fromMask(mask);
        if (fields == null) {
            throw in.error(field, "invalid tile field mask " + mask + " (known bits 1, 2, 4; NONZERO required)");
        }
        return fields;
    }
}
