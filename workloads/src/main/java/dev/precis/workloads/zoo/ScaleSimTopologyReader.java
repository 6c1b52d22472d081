package dev.precis.workloads.zoo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a SCALE-Sim topology CSV (scalesim-project/scale-sim-v2, {@code topologies/}):
 * a header row, then one row per layer with the columns
 * {@code Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels,
 * Num Filter, Strides}. Columns after the eighth are ignored, as SCALE-Sim does; blank
 * lines are skipped.
 *
 * <p>SCALE-Sim's conventions are kept so results compare with it: no padding, output size
 * {@code ceil((H - R + S) / S)}, one stride for both dimensions. Every layer becomes a
 * {@link ConvLayer} (a fully connected layer is a 1x1 convolution on a 1x1 map). The
 * first layer's input is taken as the network input, the others as ReLU outputs.
 */
public final class ScaleSimTopologyReader {

    private static final String[] COLUMNS = {"Layer name", "IFMAP Height", "IFMAP Width", "Filter Height",
            "Filter Width", "Channels", "Num Filter", "Strides"};

    private ScaleSimTopologyReader() {
    }

    public static Model read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Layer> layers = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            CsvLine line = new CsvLine(file, i + 1, text);
            if (!headerSeen) {
                if (!line.text(0, COLUMNS[0]).toLowerCase(java.util.Locale.ROOT).startsWith("layer")) {
                    throw line.error(COLUMNS[0], "expected the header row starting with 'Layer name'");
                }
                headerSeen = true;
                continue;
            }
            layers.add(layer(line, layers.isEmpty()));
        }
        if (layers.isEmpty()) {
            throw new TopologyFormatException(file, 0, null, "no layers");
        }
        return new Model(modelName(file), "SCALE-Sim topology " + file.getFileName(), layers);
    }

    private static ConvLayer layer(CsvLine line, boolean first) throws TopologyFormatException {
        String name = line.text(0, COLUMNS[0]);
        int h = line.positiveInt(1, COLUMNS[1]);
        int w = line.positiveInt(2, COLUMNS[2]);
        int r = line.positiveInt(3, COLUMNS[3]);
        int s = line.positiveInt(4, COLUMNS[4]);
        int channels = line.positiveInt(5, COLUMNS[5]);
        int filters = line.positiveInt(6, COLUMNS[6]);
        int stride = line.positiveInt(7, COLUMNS[7]);
        if (r > h) {
            throw line.error(COLUMNS[3], "filter height " + r + " exceeds IFMAP height " + h);
        }
        if (s > w) {
            throw line.error(COLUMNS[4], "filter width " + s + " exceeds IFMAP width " + w);
        }
        int outH = ceilDiv(h - r + stride, stride);
        int outW = ceilDiv(w - s + stride, stride);
        ActivationKind kind = first ? ActivationKind.NETWORK_INPUT : ActivationKind.POST_RELU;
        return new ConvLayer(name, channels, h, w, filters, r, s, stride, stride, 0, 0, 1, outH, outW, kind);
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    static String modelName(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
