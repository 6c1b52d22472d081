package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.TileScanner;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceFormat;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Static symmetric int8 quantization, per tensor, for both operands: scale = max|x| / 127
 * (1 for an all-zero tensor), zero point 0, code = rint(x / scale) clamped to [-127, 127]
 * (round half to even, as numpy.round and torch.round). Tiles are 1 row x
 * {@code tileValues} values along K; each records how many codes are nonzero (im2col
 * padding counts as zero, as it streams into the array as zeros). Per-layer statistic:
 * {@code int8.<role>.mse}, the mean squared quantization error over the operand tensor.
 */
public final class Int8LayerQuantization implements LayerQuantization {

    /** Tile length along K of every built-in quantizer; 64 matches the Drift group default of the issue. */
    public static final int DEFAULT_TILE_VALUES = 64;

    /** The options of {@code int8}: only the tile length. */
    static final QuantizerDescriptor DESCRIPTOR = new QuantizerDescriptor("int8",
            "static symmetric int8 per tensor (max-abs scale, round half to even): the baseline",
            List.of(tileValuesOption()));

    /** The {@code tileValues} option the int8, ANT and LPQ adapters share: tiles of 1 row along K. */
    static OptionSpec tileValuesOption() {
        return OptionSpec.integer("tileValues", DEFAULT_TILE_VALUES, OptionRange.closed(1, TraceFormat.MAX_TILE_VALUES),
                "values per tile along K; tiles are 1 row");
    }

    /** The {@code int8} quantizer as registered in {@code META-INF/services}. */
    public static final class Type extends DescribedQuantizerType {
        public Type() {
            super(DESCRIPTOR, Int8LayerQuantization::new);
        }
    }

    private static final int MAX_CODE = 127;

    private final QuantizerSettings settings;
    private final int tileValues;

    /** With settings of {@link #DESCRIPTOR}'s options. */
    public Int8LayerQuantization(QuantizerSettings settings) {
        this.settings = settings;
        this.tileValues = settings.integer("tileValues");
    }

    /** With tiles of {@code tileValues} along K. */
    public Int8LayerQuantization(int tileValues) {
        this(QuantizerSettings.defaults(DESCRIPTOR).with("tileValues", Integer.toString(tileValues)));
    }

    /** The defaults of {@link #DESCRIPTOR}. */
    public Int8LayerQuantization() {
        this(QuantizerSettings.defaults(DESCRIPTOR));
    }

    @Override
    public String name() {
        return "int8";
    }

    @Override
    public SortedMap<String, String> settings() {
        return settings.asText();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("granularity", "per-tensor");
        p.put("rounding", "half-even");
        p.put("scale", "max-abs/127");
        return p;
    }

    @Override
    public java.util.Set<TileField> tileFields() {
        return java.util.EnumSet.of(TileField.NONZERO);
    }

    @Override
    public QuantizedLayer quantize(LayerOperands operands) {
        List<TensorDescriptor> descriptors = new ArrayList<>();
        List<OperandTiles> tiles = new ArrayList<>();
        SortedMap<String, Double> stats = new TreeMap<>();
        for (GemmOperand operand : List.of(operands.a(), operands.b())) {
            float scale = scaleOf(operand);
            descriptors.add(TensorDescriptor.perTensor(operand.role(), "int8", 8, scale, 0));
            OperandTiles t = tile(operand, scale);
            tiles.add(t);
            stats.put("int8." + label(operand.role()) + ".mse", meanSquaredError(operand.tensor().values(), scale));
        }
        return new QuantizedLayer(descriptors, tiles, stats);
    }

    /** Mean squared quantization error over the operand tensor (not its im2col view). */
    private static double meanSquaredError(float[] values, float scale) {
        double sum = 0;
        for (float v : values) {
            double e = v - (double) code(v, scale) * scale;
            sum += e * e;
        }
        return sum / values.length;
    }

    private static String label(TensorRole role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static float scaleOf(GemmOperand operand) {
        float maxAbs = operand.tensor().maxAbs();
        return maxAbs > 0 ? maxAbs / MAX_CODE : 1f;
    }

    private OperandTiles tile(GemmOperand operand, float scale) {
        TileGrid grid = TileScanner.grid(operand, 1, tileValues, 0);
        TileColumns columns = TileColumns.allocate(Math.toIntExact(grid.tiles()),
                java.util.EnumSet.of(TileField.NONZERO));
        TileScanner.scan(operand, grid, (index, where, values, count) -> {
            int nonzero = 0;
            for (int i = 0; i < count; i++) {
                if (code(values[i], scale) != 0) {
                    nonzero++;
                }
            }
            columns.nonzero()[(int) index] = nonzero;
        });
        return new OperandTiles(operand.role(), grid, columns);
    }

    /** The int8 code of a value: rint(x / scale), clamped to the symmetric range. */
    static int code(float value, float scale) {
        double q = Math.rint((double) value / scale);
        return (int) Math.max(-MAX_CODE, Math.min(MAX_CODE, q));
    }
}
