package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.OperandTiling;
import dev.precis.workloads.trace.TraceFormat;
import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.trace.TraceWriter;
import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Produces a quantized workload trace: for every layer of a model, takes the operands
 * from an {@link OperandSource}, lets a {@link LayerQuantization} quantize them, and
 * streams the result through a {@link TraceWriter}. The header records the quantizer's settings
 * and details and which operands the source imported. Holds one layer's operands at a time
 * (a quantizer's model-wide pass in {@link LayerQuantization#forModel} reads them one at a time too).
 */
public final class TraceGenerator {

    static final String GENERATOR = "precis-workloads trace format " + TraceFormat.MAJOR_VERSION + "."
            + TraceFormat.MINOR_VERSION;

    private TraceGenerator() {
    }

    public static TraceWriteResult generate(Model model, int batch, long seed, OperandSource source,
                                            LayerQuantization prototype, Path out, Consumer<String> progress)
            throws IOException {
        long start = System.nanoTime();
        List<Layer> layers = model.layers();
        ModelOperands operandsOfModel = new ModelOperands(model, batch, seed, source, progress);
        LayerQuantization quantization = prototype.forModel(operandsOfModel);
        TraceHeader header = new TraceHeader(model.name(), quantization.name(), quantization.settings(),
                quantization.details(), seed, batch, layers.size(), GENERATOR, source.importedOperands(model));
        long tiles = 0;
        try (TraceWriter writer = TraceWriter.create(out, header)) {
            for (int i = 0; i < layers.size(); i++) {
                Layer layer = layers.get(i);
                GemmShape gemm = layer.gemm(batch);
                progress.accept(String.format(Locale.ROOT, "[%d/%d] %s %s M=%d N=%d K=%d x%d", i + 1, layers.size(),
                        layer.name(), layer.kind(), gemm.m(), gemm.n(), gemm.k(), gemm.count()));
                LayerOperands operands = operandsOfModel.layer(i);
                QuantizedLayer q = quantization.quantize(operands);
                List<OperandTiling> tilings = new ArrayList<>();
                for (OperandTiles t : q.tiles()) {
                    tilings.add(new OperandTiling(t.role(), t.grid(), t.columns().fields()));
                }
                writer.beginLayer(new LayerRecord(i, layer, gemm, q.tensors(), tilings, q.statistics()));
                for (OperandTiles t : q.tiles()) {
                    writer.writeTiles(t.role(), t.columns());
                    tiles += t.columns().size();
                }
                writer.endLayer();
            }
            long bytes = writer.commit();
            long elapsed = System.nanoTime() - start;
            progress.accept(String.format(Locale.ROOT, "wrote %s: %d layers, %d tiles, %.1f MB in %.2f s", out,
                    layers.size(), tiles, bytes / 1e6, elapsed / 1e9));
            return new TraceWriteResult(out, bytes, layers.size(), tiles, elapsed);
        }
    }
}
