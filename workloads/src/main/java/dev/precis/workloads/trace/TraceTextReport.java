package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import java.util.Locale;

/** The text report of {@code precis trace inspect}: a {@link TraceSummary} as one block per layer. */
final class TraceTextReport {

    private TraceTextReport() {
    }

    static String render(TraceSummary s) {
        StringBuilder out = new StringBuilder();
        TraceHeader h = s.header();
        long macs = 0;
        for (TraceSummary.LayerSummary l : s.layers()) {
            macs += l.layer().gemm().macs();
        }
        out.append(String.format(Locale.ROOT, "trace %s (format %d.%d)%n", s.file(), TraceFormat.MAJOR_VERSION,
                s.minorVersion()));
        out.append(String.format(Locale.ROOT, "model %s, batch %d, seed %d, quantizer %s %s%n", h.model(), h.batch(),
                h.seed(), h.quantizer(), h.quantizerParameters()));
        out.append(String.format(Locale.ROOT, "%d layers, %d tiles, %.3f GMAC%n", s.layers().size(), s.totalTiles(),
                macs / 1e9));
        if (!h.importedOperands().isEmpty()) {
            int operands = 2 * s.layers().size();
            out.append(String.format(Locale.ROOT, "operands: %d of %d real, imported from .npy files or an ONNX model (marked \"real\")%s%n",
                    h.importedOperands().size(), operands, h.importedOperands().size() < operands
                            ? ", the rest synthetic from the seed" : ""));
        }
        for (TraceSummary.LayerSummary l : s.layers()) {
            LayerRecord r = l.layer();
            out.append(String.format(Locale.ROOT, "%n#%d %s %s %s  GEMM %dx(M=%d N=%d K=%d)%n", r.layerIndex(),
                    r.layer().name(), r.layer().kind(), shape(r.layer()), r.gemm().count(), r.gemm().m(), r.gemm().n(),
                    r.gemm().k()));
            for (TensorDescriptor t : r.tensors()) {
                out.append(String.format(Locale.ROOT, "  %-12s %s (%d bits) %s%s%n", t.role(), t.typeName(), t.bits(),
                        scales(t), h.imported(r.layerIndex(), t.role()) ? ", real" : ""));
            }
            for (int i = 0; i < r.tilings().size(); i++) {
                OperandTiling tiling = r.tilings().get(i);
                OperandTotals tot = l.end().totals().get(i);
                TileGrid g = tiling.grid();
                long values = (long) g.groups() * g.rows() * g.cols();
                out.append(String.format(Locale.ROOT, "  %-12s tiles %d of %dx%d, nonzero %.2f%%", tot.role(),
                        tot.tiles(), g.tileRows(), g.tileCols(), 100.0 * tot.nonzero() / values));
                if (tot.precisionHistogram() != null) {
                    out.append(", precision");
                    long[] hist = tot.precisionHistogram();
                    for (int b = 0; b < hist.length; b++) {
                        if (hist[b] > 0) {
                            out.append(String.format(Locale.ROOT, " %db:%.1f%%", b, 100.0 * hist[b] / tot.tiles()));
                        }
                    }
                }
                if (tot.hoSlices()) {
                    long vectors = hoVectors(g);
                    out.append(String.format(Locale.ROOT,
                            ", HO vectors %d: zero %.1f%% frequent %.1f%% skippable %.1f%%, RLE %d runs %d bits",
                            vectors, 100.0 * tot.hoZeroVectors() / vectors, 100.0 * tot.hoFrequentVectors() / vectors,
                            100.0 * (tot.hoZeroVectors() + tot.hoFrequentVectors()) / vectors, tot.rleRuns(),
                            tot.rleBits()));
                }
                out.append(System.lineSeparator());
            }
            if (!r.statistics().isEmpty()) {
                out.append("  statistics");
                r.statistics().forEach((k, v) -> out.append(String.format(Locale.ROOT, " %s=%.6g", k, v)));
                out.append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** HO vectors of a whole operand: per row, one per started vector length along K. */
    static long hoVectors(TileGrid g) {
        long perRow = 0;
        int colTiles = g.colTiles();
        for (int t = 0; t < colTiles; t++) {
            int width = Math.min(g.tileCols(), g.cols() - t * g.tileCols());
            perRow += TileGrid.ceilDiv(width, g.hoVectorLength());
        }
        return perRow * g.rows() * g.groups();
    }

    static String shape(Layer layer) {
        if (layer instanceof ConvLayer c) {
            return String.format(Locale.ROOT, "%dx%dx%d -> %dx%dx%d k%dx%d s%dx%d p%dx%d g%d", c.inChannels(),
                    c.inHeight(), c.inWidth(), c.outChannels(), c.outHeight(), c.outWidth(), c.kernelHeight(),
                    c.kernelWidth(), c.strideHeight(), c.strideWidth(), c.padHeight(), c.padWidth(), c.groups());
        }
        if (layer instanceof FcLayer f) {
            return String.format(Locale.ROOT, "%d -> %d x%d rows", f.inFeatures(), f.outFeatures(), f.rowsPerSample());
        }
        MatMulLayer m = (MatMulLayer) layer;
        return String.format(Locale.ROOT, "(%dx%d)x(%dx%d) x%d heads", m.m(), m.k(), m.k(), m.n(), m.heads());
    }

    private static String scales(TensorDescriptor t) {
        float[] s = t.scales();
        int[] z = t.zeroPoints();
        if (!t.perChannel()) {
            return String.format(Locale.ROOT, "per tensor scale %.6g zero point %d", s[0], z[0]);
        }
        float min = Float.MAX_VALUE;
        float max = 0;
        for (float v : s) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return String.format(Locale.ROOT, "per channel (%d) scale %.6g..%.6g", s.length, min, max);
    }
}
