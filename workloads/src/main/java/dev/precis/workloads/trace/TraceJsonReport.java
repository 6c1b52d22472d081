package dev.precis.workloads.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;

/** The JSON report of {@code precis trace inspect --format json}: a {@link TraceSummary}, one object per layer. */
final class TraceJsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJsonReport() {
    }

    static String render(TraceSummary s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", s.file().toString());
        root.put("formatVersion", TraceFormat.MAJOR_VERSION + "." + s.minorVersion());
        TraceHeader h = s.header();
        root.put("model", h.model());
        root.put("quantizer", h.quantizer());
        ObjectNode params = root.putObject("quantizerParameters");
        h.quantizerParameters().forEach(params::put);
        ObjectNode settings = root.putObject("quantizerSettings");
        h.quantizerSettings().forEach(settings::put);
        root.put("seed", h.seed());
        root.put("batch", h.batch());
        root.put("generator", h.generator());
        ArrayNode imported = root.putArray("importedOperands");
        for (OperandRef ref : h.importedOperands()) {
            ObjectNode o = imported.addObject();
            o.put("layerIndex", ref.layerIndex());
            o.put("role", ref.role().name());
        }
        root.put("totalTiles", s.totalTiles());
        long macs = 0;
        ArrayNode layers = root.putArray("layers");
        for (TraceSummary.LayerSummary l : s.layers()) {
            LayerRecord r = l.layer();
            macs += r.gemm().macs();
            ObjectNode layer = layers.addObject();
            layer.put("index", r.layerIndex());
            layer.put("name", r.layer().name());
            layer.put("kind", r.layer().kind());
            layer.set("shape", shape(r.layer()));
            ObjectNode gemm = layer.putObject("gemm");
            gemm.put("m", r.gemm().m());
            gemm.put("n", r.gemm().n());
            gemm.put("k", r.gemm().k());
            gemm.put("count", r.gemm().count());
            gemm.put("macs", r.gemm().macs());
            ArrayNode tensors = layer.putArray("tensors");
            for (TensorDescriptor t : r.tensors()) {
                ObjectNode tensor = tensors.addObject();
                tensor.put("role", t.role().name());
                tensor.put("type", t.typeName());
                tensor.put("bits", t.bits());
                tensor.put("perChannel", t.perChannel());
                ArrayNode scales = tensor.putArray("scales");
                for (float v : t.scales()) {
                    scales.add(v);
                }
                ArrayNode zeroPoints = tensor.putArray("zeroPoints");
                for (int z : t.zeroPoints()) {
                    zeroPoints.add(z);
                }
            }
            ArrayNode operands = layer.putArray("operands");
            for (int i = 0; i < r.tilings().size(); i++) {
                operands.add(operand(r.tilings().get(i), l.end().totals().get(i)));
            }
            ObjectNode stats = layer.putObject("statistics");
            r.statistics().forEach(stats::put);
        }
        root.put("totalMacs", macs);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render trace summary as JSON", e);
        }
    }

    private static ObjectNode operand(OperandTiling tiling, OperandTotals tot) {
        ObjectNode o = MAPPER.createObjectNode();
        TileGrid g = tiling.grid();
        o.put("role", tot.role().name());
        ObjectNode grid = o.putObject("grid");
        grid.put("groups", g.groups());
        grid.put("rows", g.rows());
        grid.put("cols", g.cols());
        grid.put("tileRows", g.tileRows());
        grid.put("tileCols", g.tileCols());
        grid.put("hoVectorLength", g.hoVectorLength());
        o.put("tiles", tot.tiles());
        o.put("nonzero", tot.nonzero());
        o.put("nonzeroFraction", (double) tot.nonzero() / ((long) g.groups() * g.rows() * g.cols()));
        if (tot.precisionHistogram() != null) {
            ObjectNode hist = o.putObject("precisionHistogram");
            long[] counts = tot.precisionHistogram();
            for (int b = 0; b < counts.length; b++) {
                if (counts[b] > 0) {
                    hist.put(Integer.toString(b), counts[b]);
                }
            }
        }
        if (tot.hoSlices()) {
            long vectors = TraceTextReport.hoVectors(g);
            ObjectNode ho = o.putObject("hoSlices");
            ho.put("vectors", vectors);
            ho.put("zeroVectors", tot.hoZeroVectors());
            ho.put("frequentVectors", tot.hoFrequentVectors());
            ho.put("skippableFraction", (double) (tot.hoZeroVectors() + tot.hoFrequentVectors()) / vectors);
            ho.put("rleRuns", tot.rleRuns());
            ho.put("rleBits", tot.rleBits());
        }
        return o;
    }

    private static ObjectNode shape(Layer layer) {
        ObjectNode s = MAPPER.createObjectNode();
        if (layer instanceof ConvLayer c) {
            s.put("inChannels", c.inChannels());
            s.put("inHeight", c.inHeight());
            s.put("inWidth", c.inWidth());
            s.put("outChannels", c.outChannels());
            s.put("kernelHeight", c.kernelHeight());
            s.put("kernelWidth", c.kernelWidth());
            s.put("strideHeight", c.strideHeight());
            s.put("strideWidth", c.strideWidth());
            s.put("padHeight", c.padHeight());
            s.put("padWidth", c.padWidth());
            s.put("groups", c.groups());
            s.put("outHeight", c.outHeight());
            s.put("outWidth", c.outWidth());
        } else if (layer instanceof FcLayer f) {
            s.put("inFeatures", f.inFeatures());
            s.put("outFeatures", f.outFeatures());
            s.put("rowsPerSample", f.rowsPerSample());
        } else {
            MatMulLayer m = (MatMulLayer) layer;
            s.put("m", m.m());
            s.put("n", m.n());
            s.put("k", m.k());
            s.put("heads", m.heads());
            s.put("secondOperandKind", m.secondOperandKind().name());
        }
        s.put("inputKind", layer.inputKind().name());
        return s;
    }
}
