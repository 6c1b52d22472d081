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

    private static final DriftConfig D = DriftConfig.defaults();
    /** A Drift tile holds at most this many values (its per-tile counts are 16-bit). */
    private static final int MAX_TILE_VALUES = Short.MAX_VALUE;

    /** The options of {@code drift}; the defaults are {@link DriftConfig#defaults()}'s, documented there. */
    static final QuantizerDescriptor DESCRIPTOR = new QuantizerDescriptor("drift",
            "Drift's dynamic precision: static int8 per tensor, then each tile's runtime precision"
                    + " (PAPERS.md section 3)",
            List.of(OptionSpec.integer("staticBits", D.staticBits(), OptionRange.closed(2, 8),
                            "precision of the static per-tensor quantization"),
                    OptionSpec.integers("precisions", D.precisions(), OptionRange.closed(1, 32),
                            "runtime precisions a tile may get, ascending, the last equal to staticBits"),
                    OptionSpec.integer("groupSizeK", D.groupSizeK(), OptionRange.closed(1, MAX_TILE_VALUES),
                            "values of a tile along K"),
                    OptionSpec.integer("tileRows", D.tileRows(), OptionRange.closed(1, MAX_TILE_VALUES),
                            "rows (M) of a tile; tileRows x groupSizeK <= 32767"),
                    OptionSpec.integer("maxErrorLsb", D.maxErrorLsb(), OptionRange.atLeast(0),
                            "largest accepted |lowered - static| per value in static LSBs; 0 is exact"),
                    OptionSpec.decimal("outlierFraction", D.outlierFraction(), OptionRange.closedOpen(0, 1),
                            "share of a tile's values allowed beyond maxErrorLsb, kept aside at full precision")));

    /** The {@code drift} quantizer as registered in {@code META-INF/services}. */
    public static final class Type extends DescribedQuantizerType {
        public Type() {
            super(DESCRIPTOR, DriftLayerQuantization::new);
        }
    }

    private final QuantizerSettings settings;
    private final DriftConfig config;

    /**
     * With settings of {@link #DESCRIPTOR}'s options (a trace records every tile, so the
     * config never samples tile rows).
     *
     * @throws IllegalArgumentException if the settings break a rule of {@link DriftConfig}
     */
    public DriftLayerQuantization(QuantizerSettings settings) {
        this.settings = settings;
        this.config = new DriftConfig(settings.integer("staticBits"), settings.integers("precisions"),
                settings.integer("groupSizeK"), settings.integer("tileRows"), settings.integer("maxErrorLsb"),
                settings.decimal("outlierFraction"), 0);
    }

    /** Drift's defaults ({@link DriftConfig#defaults()}: {2, 4, 6, 8} bits, 1 x 64 tiles, exact but 3% outliers). */
    public DriftLayerQuantization() {
        this(QuantizerSettings.defaults(DESCRIPTOR));
    }

    public DriftConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public SortedMap<String, String> settings() {
        return settings.asText();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("staticScale", "max-abs per tensor");
        return p;
    }

    @Override
    public java.util.Set<TileField> tileFields() {
        return java.util.EnumSet.of(TileField.NONZERO, TileField.PRECISION);
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
}
