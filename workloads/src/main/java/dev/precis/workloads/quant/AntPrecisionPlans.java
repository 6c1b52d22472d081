package dev.precis.workloads.quant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-layer precision plans of the ANT artifact's designs.
 *
 * <p>Two sources: {@link #artifact()} loads the exact per-layer lists of the artifact's simulator
 * benchmarks (bundled resource {@code ant_precision_plans.csv}); {@link #rule} builds the plan from
 * the summary rule of PAPERS.md (ANT and OLAccel: 8-bit first and last layer, 4-bit elsewhere;
 * AdaFloat 8-bit; BiScaled 6-bit). The two agree on VGG16, ResNet-18 and ResNet-50 for every design
 * the rule covers; on InceptionV3, ViT and BERT the artifact keeps more 8-bit layers for ANT and
 * none for OLAccel's last layer on Transformers, so use {@link #artifact()} to reproduce it.
 * BitFusion has no summary rule (its lists mix 8 and 4 bits per layer).
 */
public final class AntPrecisionPlans {
    static final String RESOURCE = "ant_precision_plans.csv";

    private final Map<String, Map<AntDesign, AntPrecisionPlan>> plans;

    private AntPrecisionPlans(Map<String, Map<AntDesign, AntPrecisionPlan>> plans) {
        this.plans = plans;
    }

    /** Loads the artifact's plans from the bundled resource. */
    public static AntPrecisionPlans artifact() {
        try (InputStream in = AntPrecisionPlans.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the workloads jar");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /**
     * Parses a plan table: '#' comment lines, a header
     * {@code model,layer_index,layer,<design label>...}, then one line per layer; an empty cell
     * means the layer is absent from that design.
     */
    static AntPrecisionPlans parse(InputStream in, String sourceName) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Map<AntDesign, List<AntPrecisionPlan.LayerPrecision>>> layers = new LinkedHashMap<>();
        List<AntDesign> columns = null;
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (columns == null) {
                if (cells.length < 4 || !cells[0].equals("model") || !cells[1].equals("layer_index") || !cells[2].equals("layer")) {
                    throw new IllegalArgumentException(sourceName + " line " + lineNumber
                            + ": header must start with model,layer_index,layer");
                }
                columns = new ArrayList<>();
                for (int i = 3; i < cells.length; i++) {
                    columns.add(AntDesign.parse(cells[i]));
                }
                continue;
            }
            if (cells.length != 3 + columns.size()) {
                throw new IllegalArgumentException(sourceName + " line " + lineNumber + ": expected "
                        + (3 + columns.size()) + " fields, found " + cells.length);
            }
            int index = parseInt(cells[1], sourceName, lineNumber, "layer_index");
            for (int d = 0; d < columns.size(); d++) {
                String cell = cells[3 + d];
                if (cell.isEmpty()) {
                    continue;
                }
                int bits = parseInt(cell, sourceName, lineNumber, columns.get(d).label());
                if (bits < 1 || bits > 16) {
                    throw new IllegalArgumentException(sourceName + " line " + lineNumber + ", field "
                            + columns.get(d).label() + ": bits must be in 1..16, got " + bits);
                }
                layers.computeIfAbsent(cells[0], m -> new EnumMap<>(AntDesign.class))
                        .computeIfAbsent(columns.get(d), x -> new ArrayList<>())
                        .add(new AntPrecisionPlan.LayerPrecision(index, cells[2], bits));
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException(sourceName + ": no header line");
        }
        Map<String, Map<AntDesign, AntPrecisionPlan>> result = new LinkedHashMap<>();
        layers.forEach((model, byDesign) -> {
            Map<AntDesign, AntPrecisionPlan> m = new EnumMap<>(AntDesign.class);
            byDesign.forEach((design, list) -> m.put(design, new AntPrecisionPlan(model, design, "artifact", list)));
            result.put(model, Collections.unmodifiableMap(m));
        });
        return new AntPrecisionPlans(Collections.unmodifiableMap(result));
    }

    private static int parseInt(String text, String source, int line, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + line + ", field " + field
                    + ": not an integer: '" + text + "'", e);
        }
    }

    /** Model names, in file order. */
    public List<String> models() {
        return List.copyOf(plans.keySet());
    }

    /** The plan of a model on a design. */
    public AntPrecisionPlan plan(String model, AntDesign design) {
        Map<AntDesign, AntPrecisionPlan> byDesign = plans.get(model);
        if (byDesign == null) {
            throw new IllegalArgumentException("no ANT precision plan for model '" + model + "', known: " + models());
        }
        AntPrecisionPlan p = byDesign.get(design);
        if (p == null) {
            throw new IllegalArgumentException("no " + design.label() + " plan for model '" + model + "'");
        }
        return p;
    }

    /**
     * The PAPERS.md summary rule for a model of {@code layerCount} layers.
     *
     * @throws IllegalArgumentException for BitFusion, which has no summary rule
     */
    public static AntPrecisionPlan rule(String model, AntDesign design, int layerCount) {
        if (layerCount < 1) {
            throw new IllegalArgumentException("rule plan: layerCount must be positive, got " + layerCount);
        }
        List<AntPrecisionPlan.LayerPrecision> layers = new ArrayList<>(layerCount);
        for (int i = 0; i < layerCount; i++) {
            boolean edge = i == 0 || i == layerCount - 1;
            int bits = switch (design) {
                case ANT_OS, ANT_WS, OLACCEL -> edge ? 8 : 4;
                case ADAFLOAT -> 8;
                case BISCALED -> 6;
                case BITFUSION -> throw new IllegalArgumentException(
                        "BitFusion has no summary precision rule; use AntPrecisionPlans.artifact()");
            };
            layers.add(new AntPrecisionPlan.LayerPrecision(i, "layer" + i, bits));
        }
        return new AntPrecisionPlan(model, design, "rule", layers);
    }
}
