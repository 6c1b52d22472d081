package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.TileScanner;
import dev.precis.workloads.quant.DriftConfig;
import dev.precis.workloads.quant.DriftLayerResult;
import dev.precis.workloads.quant.DriftQuantizer;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Drift's dynamic precision in a trace ({@link DriftQuantizer}, PAPERS.md section 3). Both
 * operands are quantized statically (descriptor {@code int8} when the tensor has a negative
 * value, else {@code uint8}, per tensor, zero point 0), then every tile gets its runtime
 * precision. The trace grid is Drift's tile grid: {@code tileRows x groupSizeK} (default 1 x 64
 * along K) over the operand's GEMM view, so each tile record carries the precision the Drift
 * detector chose for exactly those values, and its nonzero static codes.
 *
 * <p>Per-layer statistics, per operand ({@code <role>} = input, weight, second_input):
 * {@code drift.<role>.tiles.<p>b} (the precision histogram: tiles at p bits),
 * {@code drift.<role>.meanBits} (value-weighted mean precision) and
 * {@code drift.<role>.outlierValues} (values beyond their tile's precision, kept aside).
 */
public final class DriftLayerQuantization implements LayerQuantization {

    private final DriftConfig config;

    /**
     * @throws IllegalArgumentException if the config samples tile rows: a trace needs every tile
     */
    public DriftLayerQuantization(DriftConfig config) {
        if (config.maxTileRows() != 0) {
            throw new IllegalArgumentException("drift: a trace records every tile; maxTileRows must be 0 (all), got "
                    + config.maxTileRows());
        }
        this.config = config;
    }

    /** Drift's defaults ({@link DriftConfig#defaults()}: {2, 4, 6, 8} bits, 1 x 64 tiles, exact but 3% outliers). */
    public DriftLayerQuantization() {
        this(DriftConfig.defaults());
    }

    /**
     * From {@code --param} options (defaults of {@link DriftConfig#defaults()}): {@code staticBits},
     * {@code precisions} (e.g. {@code 2,4,6,8}), {@code groupSizeK}, {@code tileRows},
     * {@code maxErrorLsb}, {@code outlierFraction}.
     */
    public static DriftLayerQuantization fromOptions(QuantizerOptions options) {
        DriftConfig d = DriftConfig.defaults();
        DriftConfig c = new DriftConfig(options.integer("staticBits", d.staticBits()),
                options.integers("precisions", d.precisions()), options.integer("groupSizeK", d.groupSizeK()),
                options.integer("tileRows", d.tileRows()), options.integer("maxErrorLsb", d.maxErrorLsb()),
                options.decimal("outlierFraction", d.outlierFraction()), 0);
        options.requireAllKnown();
        return new DriftLayerQuantization(c);
    }

    public DriftConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("staticBits", Integer.toString(config.staticBits()));
        p.put("precisions", join(config.precisions()));
        p.put("groupSizeK", Integer.toString(config.groupSizeK()));
        p.put("tileRows", Integer.toString(config.tileRows()));
        p.put("maxErrorLsb", Integer.toString(config.maxErrorLsb()));
        p.put("outlierFraction", Double.toString(config.outlierFraction()));
        p.put("staticScale", "max-abs per tensor");
        return p;
    }

    @Override
    public QuantizedLayer quantize(LayerOperands operands) {
        DriftQuantizer quantizer = new DriftQuantizer(config);
        List<TensorDescriptor> descriptors = new ArrayList<>();
        List<OperandTiles> tiles = new ArrayList<>();
        SortedMap<String, Double> stats = new TreeMap<>();
        for (GemmOperand operand : List.of(operands.a(), operands.b())) {
            OperandMatrix.requireAlignedTiles(operands, operand, config.tileRows(), name());
            DriftLayerResult r = quantizer.quantize(OperandMatrix.stacked(operand));
            TileGrid grid = TileScanner.grid(operand, config.tileRows(), config.groupSizeK(), 0);
            if (r.tileCount() != grid.tiles()) {
                throw new IllegalStateException("drift: " + r.tileCount() + " Drift tiles for a trace grid of "
                        + grid.tiles() + " tiles in layer " + operands.layerIndex());
            }
            TileColumns columns = TileColumns.allocate(r.tileCount(), EnumSet.of(TileField.NONZERO, TileField.PRECISION));
            byte[] bits = r.tilePrecisionBits();
            short[] nonzero = r.tileNonzeros();
            long outliers = 0;
            for (int t = 0; t < r.tileCount(); t++) {
                columns.precisionBits()[t] = bits[t];
                columns.nonzero()[t] = nonzero[t];
                outliers += r.tileOutliers()[t];
            }
            tiles.add(new OperandTiles(operand.role(), grid, columns));
            String type = (r.signed() ? "int" : "uint") + config.staticBits();
            descriptors.add(TensorDescriptor.perTensor(operand.role(), type, config.staticBits(), (float) r.scale(), 0));
            String prefix = "drift." + OperandMatrix.label(operand) + ".";
            r.precisionHistogram().forEach((p, count) -> stats.put(
                    prefix + "tiles." + String.format(Locale.ROOT, "%db", p), (double) count));
            stats.put(prefix + "meanBits", r.meanBits());
            stats.put(prefix + "outlierValues", (double) outliers);
        }
        return new QuantizedLayer(descriptors, tiles, stats);
    }

    private static String join(int[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }
}
