package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.TensorRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic rules of a trace, checked record by record in file order by both the
 * reader and the writer (so the writer can never produce a file the reader rejects):
 * record order, layer numbering, GEMM shapes against the layer, descriptor and grid
 * consistency, per-tile value ranges, layer totals against the tiles, and the end record.
 */
final class TraceValidator {

    private static final int MAX_LAYERS = 1_000_000;

    private final Path file;
    private TraceHeader header;
    private LayerRecord layer;
    private int tilingIndex;
    private long nextTile;
    private List<OperandTotals> totals;
    private int layersSeen;
    private long totalTiles;
    private boolean ended;

    TraceValidator(Path file) {
        this.file = file;
    }

    TraceHeader header() {
        return header;
    }

    boolean ended() {
        return ended;
    }

    /** Operand tiling the current layer declared for a role, or null. */
    OperandTiling tilingOf(TensorRole role) {
        if (layer == null) {
            return null;
        }
        for (OperandTiling t : layer.tilings()) {
            if (t.role() == role) {
                return t;
            }
        }
        return null;
    }

    void accept(TraceRecord record, long recordNumber) throws TraceFormatException {
        if (ended) {
            throw error(recordNumber, "type", "record after the end record");
        }
        if (header == null && !(record instanceof TraceHeader)) {
            throw error(recordNumber, "type", "the first record must be the header, found " + describe(record));
        }
        if (record instanceof TraceHeader h) {
            acceptHeader(h, recordNumber);
        } else if (record instanceof LayerRecord l) {
            acceptLayer(l, recordNumber);
        } else if (record instanceof TileBlock b) {
            acceptBlock(b, recordNumber);
        } else if (record instanceof LayerEnd e) {
            acceptLayerEnd(e, recordNumber);
        } else {
            acceptEnd((TraceEnd) record, recordNumber);
        }
    }

    private void acceptHeader(TraceHeader h, long n) throws TraceFormatException {
        if (header != null) {
            throw error(n, "type", "a second header record");
        }
        if (h.model().isBlank()) {
            throw error(n, "model", "empty model name");
        }
        if (h.quantizer().isBlank()) {
            throw error(n, "quantizer", "empty quantizer name");
        }
        if (h.batch() < 1) {
            throw error(n, "batch", "batch must be >= 1, got " + h.batch());
        }
        if (h.layerCount() < 1 || h.layerCount() > MAX_LAYERS) {
            throw error(n, "layerCount", "must be in [1, " + MAX_LAYERS + "], got " + h.layerCount());
        }
        for (String key : h.quantizerDetails().keySet()) {
            if (h.quantizerSettings().containsKey(key)) {
                throw error(n, "quantizerDetails." + key, "key '" + key + "' is also a setting");
            }
        }
        List<OperandRef> imported = h.importedOperands();
        for (int i = 0; i < imported.size(); i++) {
            OperandRef r = imported.get(i);
            if (r.layerIndex() < 0 || r.layerIndex() >= h.layerCount()) {
                throw error(n, "importedOperands[" + i + "].layerIndex", "layer " + r.layerIndex()
                        + " outside [0, " + h.layerCount() + ")");
            }
            if (i > 0 && imported.get(i - 1).compareTo(r) >= 0) {
                throw error(n, "importedOperands[" + i + "]", r + " is not after " + imported.get(i - 1)
                        + " (operands are listed once, by layer, then role)");
            }
        }
        header = h;
    }

    private void acceptLayer(LayerRecord l, long n) throws TraceFormatException {
        if (layer != null) {
            throw error(n, "type", "layer " + layer.layerIndex() + " has no layer-end record before layer "
                    + l.layerIndex());
        }
        if (l.layerIndex() != layersSeen) {
            throw error(n, "layerIndex", "expected layer " + layersSeen + ", found " + l.layerIndex());
        }
        if (layersSeen >= header.layerCount()) {
            throw error(n, "layerIndex", "the header announces " + header.layerCount() + " layers");
        }
        Layer shape = l.layer();
        GemmShape expected;
        try {
            expected = shape.gemm(header.batch());
        } catch (ArithmeticException e) {
            throw error(n, "gemm", "GEMM of layer " + shape.name() + " overflows at batch " + header.batch());
        }
        if (!expected.equals(l.gemm())) {
            throw error(n, "gemm", "recorded " + l.gemm() + " but layer " + shape.name() + " at batch "
                    + header.batch() + " gives " + expected);
        }
        for (TensorRole role : TensorRole.values()) {
            if (header.imported(l.layerIndex(), role)) {
                checkRole(l, role, "header.importedOperands", n);
            }
        }
        Set<TensorRole> roles = EnumSet.noneOf(TensorRole.class);
        for (int i = 0; i < l.tensors().size(); i++) {
            checkDescriptor(l, l.tensors().get(i), "tensors[" + i + "]", n);
            if (!roles.add(l.tensors().get(i).role())) {
                throw error(n, "tensors[" + i + "].role", "two descriptors for " + l.tensors().get(i).role());
            }
        }
        roles.clear();
        for (int i = 0; i < l.tilings().size(); i++) {
            OperandTiling t = l.tilings().get(i);
            checkTiling(l, t, "tilings[" + i + "]", n);
            if (!roles.add(t.role())) {
                throw error(n, "tilings[" + i + "].role", "two tilings for " + t.role());
            }
        }
        for (Map.Entry<String, Double> s : l.statistics().entrySet()) {
            if (s.getKey().isBlank()) {
                throw error(n, "statistics", "empty statistic name");
            }
            if (!Double.isFinite(s.getValue())) {
                throw error(n, "statistics." + s.getKey(), "value is not finite: " + s.getValue());
            }
        }
        layer = l;
        tilingIndex = 0;
        nextTile = 0;
        totals = new ArrayList<>();
        for (OperandTiling t : l.tilings()) {
            totals.add(OperandTotals.empty(t.role(), t.fields()));
        }
    }

    private void checkDescriptor(LayerRecord l, TensorDescriptor t, String f, long n) throws TraceFormatException {
        checkRole(l, t.role(), f + ".role", n);
        if (t.typeName().isBlank()) {
            throw error(n, f + ".type", "empty type name");
        }
        if (t.bits() < 1 || t.bits() > TraceFormat.MAX_PRECISION_BITS) {
            throw error(n, f + ".bits", "must be in [1, 32], got " + t.bits());
        }
        if (t.scaleCount() == 0) {
            throw error(n, f + ".scales", "no scales (a descriptor made for a replay, types and bits only, is not a trace's)");
        }
        for (int i = 0; i < t.scaleCount(); i++) {
            float s = t.scale(i);
            if (!(s > 0) || Float.isInfinite(s)) {
                throw error(n, f + ".scales[" + i + "]", "scale must be finite and positive, got " + s);
            }
        }
        if (!t.perChannel()) {
            if (t.scaleCount() != 1 || t.zeroPointCount() != 1) {
                throw error(n, f + ".scales.count", "a per-tensor descriptor has one scale and one zero point, got "
                        + t.scaleCount() + " and " + t.zeroPointCount());
            }
        } else {
            if (t.role() == TensorRole.WEIGHT) {
                long channels = l.gemm().n() * l.gemm().count();
                if (t.scaleCount() != channels) {
                    throw error(n, f + ".scales.count", "per-channel weights of " + channels
                            + " output channels need as many scales, got " + t.scaleCount());
                }
            }
            if (t.zeroPointCount() != 1 && t.zeroPointCount() != t.scaleCount()) {
                throw error(n, f + ".zeroPoints.count", "must be 1 or one per scale (" + t.scaleCount() + "), got "
                        + t.zeroPointCount());
            }
        }
    }

    private void checkTiling(LayerRecord l, OperandTiling t, String f, long n) throws TraceFormatException {
        checkRole(l, t.role(), f + ".role", n);
        TileGrid g = t.grid();
        GemmShape gemm = l.gemm();
        long rows = t.role() == TensorRole.INPUT ? gemm.m() : gemm.n();
        if (g.groups() != gemm.count() || g.rows() != rows || g.cols() != gemm.k()) {
            throw error(n, f + ".grid", "grid " + g.groups() + " x " + g.rows() + " x " + g.cols()
                    + " does not match the operand's GEMM view " + gemm.count() + " x " + rows + " x " + gemm.k());
        }
        if (g.tileRows() < 1 || g.tileCols() < 1
                || (long) g.tileRows() * g.tileCols() > TraceFormat.MAX_TILE_VALUES) {
            throw error(n, f + ".tileRows", "tile " + g.tileRows() + " x " + g.tileCols()
                    + " must be at least 1 x 1 and hold at most " + TraceFormat.MAX_TILE_VALUES + " values");
        }
        boolean ho = t.fields().contains(TileField.HO_SLICES);
        if (ho && (g.hoVectorLength() < 1 || g.hoVectorLength() > g.tileCols())) {
            throw error(n, f + ".hoVectorLength", "must be in [1, tileCols=" + g.tileCols() + "], got "
                    + g.hoVectorLength());
        }
        if (!ho && g.hoVectorLength() != 0) {
            throw error(n, f + ".hoVectorLength", "must be 0 without HO slice statistics, got " + g.hoVectorLength());
        }
    }

    private void checkRole(LayerRecord l, TensorRole role, String f, long n) throws TraceFormatException {
        boolean weights = l.layer().hasWeights();
        if ((role == TensorRole.WEIGHT && !weights) || (role == TensorRole.SECOND_INPUT && weights)) {
            throw error(n, f, role + " is not an operand of " + l.layer().kind() + " layer " + l.layer().name());
        }
    }

    private void acceptBlock(TileBlock b, long n) throws TraceFormatException {
        if (layer == null) {
            throw error(n, "type", "tile block outside a layer");
        }
        if (b.layerIndex() != layer.layerIndex()) {
            throw error(n, "layerIndex", "tile block of layer " + b.layerIndex() + " inside layer " + layer.layerIndex());
        }
        while (tilingIndex < layer.tilings().size() && nextTile == layer.tilings().get(tilingIndex).grid().tiles()) {
            tilingIndex++;
            nextTile = 0;
        }
        if (tilingIndex >= layer.tilings().size()) {
            throw error(n, "role", "tile block after all declared operand tiles of layer " + layer.layerIndex());
        }
        OperandTiling tiling = layer.tilings().get(tilingIndex);
        if (b.role() != tiling.role()) {
            throw error(n, "role", "expected tiles of " + tiling.role() + " (tile " + nextTile + "), found "
                    + b.role());
        }
        if (!b.columns().fields().equals(tiling.fields())) {
            throw error(n, "fields", "block carries " + b.columns().fields() + " but the layer declared "
                    + tiling.fields());
        }
        if (b.firstTile() != nextTile) {
            throw error(n, "firstTile", "expected tile " + nextTile + ", found " + b.firstTile());
        }
        TileGrid grid = tiling.grid();
        if (b.firstTile() + b.tileCount() > grid.tiles()) {
            throw error(n, "tileCount", "tiles " + b.firstTile() + ".." + (b.firstTile() + b.tileCount() - 1)
                    + " exceed the operand's " + grid.tiles() + " tiles");
        }
        checkTiles(b, grid, n);
        totals.set(tilingIndex, totals.get(tilingIndex).plus(b.columns()));
        nextTile += b.tileCount();
        totalTiles += b.tileCount();
    }

    private void checkTiles(TileBlock b, TileGrid grid, long n) throws TraceFormatException {
        TileColumns c = b.columns();
        for (int i = 0; i < c.size(); i++) {
            long tile = b.firstTile() + i;
            int values = grid.valuesIn(tile);
            if (c.nonzero()[i] > values) {
                throw error(n, "nonzero[" + i + "]", "tile " + tile + " has " + c.nonzero()[i]
                        + " nonzero values but holds only " + values);
            }
            if (c.precisionBits() != null) {
                int p = c.precision(i);
                if (p < 1 || p > TraceFormat.MAX_PRECISION_BITS) {
                    throw error(n, "precision[" + i + "]", "tile " + tile + " precision " + p + " outside [1, 32]");
                }
            }
            if (c.hoZeroVectors() != null) {
                int vectors = grid.hoVectorsIn(tile);
                if (c.hoZeroVectors()[i] + c.hoFrequentVectors()[i] > vectors) {
                    throw error(n, "hoZeroVectors[" + i + "]", "tile " + tile + " has " + c.hoZeroVectors()[i]
                            + " zero and " + c.hoFrequentVectors()[i] + " frequent HO vectors but only " + vectors);
                }
                if (c.rleRuns()[i] > vectors) {
                    throw error(n, "rleRuns[" + i + "]", "tile " + tile + " has " + c.rleRuns()[i]
                            + " runs but only " + vectors + " HO vectors");
                }
            }
        }
    }

    private void acceptLayerEnd(LayerEnd e, long n) throws TraceFormatException {
        if (layer == null) {
            throw error(n, "type", "layer-end record outside a layer");
        }
        if (e.layerIndex() != layer.layerIndex()) {
            throw error(n, "layerIndex", "closes layer " + e.layerIndex() + " but layer " + layer.layerIndex()
                    + " is open");
        }
        for (int i = 0; i < layer.tilings().size(); i++) {
            OperandTiling t = layer.tilings().get(i);
            if (totals.get(i).tiles() != t.grid().tiles()) {
                throw error(n, "totals[" + i + "].tiles", "operand " + t.role() + " declared " + t.grid().tiles()
                        + " tiles but " + totals.get(i).tiles() + " were recorded");
            }
        }
        if (e.totals().size() != totals.size()) {
            throw error(n, "totals.count", "expected totals for " + totals.size() + " operands, found "
                    + e.totals().size());
        }
        for (int i = 0; i < totals.size(); i++) {
            if (!totals.get(i).sameAs(e.totals().get(i))) {
                throw error(n, "totals[" + i + "]", "recorded totals " + e.totals().get(i)
                        + " differ from the sums of the tiles " + totals.get(i));
            }
        }
        layer = null;
        layersSeen++;
    }

    private void acceptEnd(TraceEnd end, long n) throws TraceFormatException {
        if (layer != null) {
            throw error(n, "type", "end record inside layer " + layer.layerIndex());
        }
        if (layersSeen != header.layerCount()) {
            throw error(n, "type", "end after " + layersSeen + " layers; the header announces " + header.layerCount());
        }
        if (end.recordsBefore() != n - 1) {
            throw error(n, "recordsBefore", "says " + end.recordsBefore() + " records but " + (n - 1) + " were read");
        }
        if (end.totalTiles() != totalTiles) {
            throw error(n, "totalTiles", "says " + end.totalTiles() + " tiles but " + totalTiles + " were read");
        }
        ended = true;
    }

    long totalTiles() {
        return totalTiles;
    }

    List<OperandTotals> currentTotals() {
        return List.copyOf(totals);
    }

    private TraceFormatException error(long recordNumber, String field, String problem) {
        return new TraceFormatException(file, recordNumber, field, problem);
    }

    private static String describe(TraceRecord r) {
        return r.getClass().getSimpleName();
    }
}
