package dev.precis.workloads.tracegen;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.LogPosit;
import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.TileScanner;
import dev.precis.workloads.quant.LpqConfig;
import dev.precis.workloads.quant.LpqLayer;
import dev.precis.workloads.quant.LpqLayerChoice;
import dev.precis.workloads.quant.LpqResult;
import dev.precis.workloads.quant.LpqSearch;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.trace.TraceFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * LPQ's logarithmic posits in a trace ({@link LpqSearch}, PAPERS.md section 2). Before the first
 * layer, {@link #forModel} runs the seeded genetic search over every layer's (n, es, rs, sf) at
 * once (the bit budget is model-wide), on samples of each layer: operand B's rows (all output
 * channels; the search itself takes {@code maxOutputChannels} of them) and operand A's first
 * {@code maxCalibrationRows} rows, both at {@code maxInnerLength} positions along K taken at the
 * search's own even stride, so the search sees exactly the values it would pick from the full
 * operands (the power-of-two pre-scaling {@code ceil(log2 max|x|)} is then that of the sample).
 * The search's seed is the trace's seed.
 *
 * <p>Each layer's two operands are then coded in its LP type, pre-scaled by {@code 2^shift}:
 * descriptors {@code lp(n,es,rs,sf)}, n bits, scale {@code 2^shift}, zero point 0. Tiles are
 * 1 x {@code tileValues} along K with the values whose nearest LP value is nonzero. Per-layer
 * statistics: {@code lpq.n}, {@code lpq.es}, {@code lpq.rs}, {@code lpq.sf},
 * {@code lpq.weightShift}, {@code lpq.activationShift}, {@code lpq.outputError},
 * {@code lpq.tensorError}. The header's parameters hold the search settings and its outcome
 * (fitness, average bits, best fitness per generation).
 *
 * <p>Grouped and batched GEMMs are searched on their groups stacked (one LP type per layer).
 */
public final class LpqLayerQuantization implements LayerQuantization {

    /** Population of the trace's default search: small, so a ResNet-50 search takes seconds (our choice). */
    public static final int DEFAULT_POPULATION = 16;
    /** Generations of the trace's default search (our choice, see {@link #DEFAULT_POPULATION}). */
    public static final int DEFAULT_GENERATIONS = 8;
    /** Mutation rate of the trace's default search: {@link LpqConfig#defaults}'s. */
    public static final double DEFAULT_MUTATION_RATE = 0.3;

    /**
     * Samples per layer of the trace's default search: 8 calibration rows, 32 output channels,
     * 256 positions along K (a quarter to a half of {@link LpqConfig#defaults}'s; our choice, so
     * that one error evaluation costs about 65 K multiply-adds).
     */
    public static final int DEFAULT_CALIBRATION_ROWS = 8;
    /** See {@link #DEFAULT_CALIBRATION_ROWS}. */
    public static final int DEFAULT_OUTPUT_CHANNELS = 32;
    /** See {@link #DEFAULT_CALIBRATION_ROWS}. */
    public static final int DEFAULT_INNER_LENGTH = 256;

    private final Settings settings;
    private final LpqResult result;

    /**
     * The search settings a trace exposes (the rest are {@link LpqConfig#defaults}'s).
     *
     * @param population chromosomes per generation
     * @param generations generations after the initial population
     * @param mutationRate probability that a selected pair is mutated
     * @param calibrationRows operand-A rows per layer the search uses (the first ones)
     * @param outputChannels operand-B rows per layer the search uses (even stride)
     * @param innerLength positions along K the search uses (even stride)
     * @param tileValues trace tile length along K
     */
    public record Settings(int population, int generations, double mutationRate, int calibrationRows,
                           int outputChannels, int innerLength, int tileValues) {

        public Settings {
            if (tileValues < 1 || tileValues > TraceFormat.MAX_TILE_VALUES) {
                throw new IllegalArgumentException("lpq: tileValues must be in [1, 65535], got " + tileValues);
            }
            // validates the search settings now rather than after the model's first pass
            searchConfig(0, population, generations, mutationRate, calibrationRows, outputChannels, innerLength);
        }

        /** The trace defaults: population 16, 8 generations, mutation 0.3, 8 x 32 x 256 samples, 1 x 64 tiles. */
        public static Settings defaults() {
            return new Settings(DEFAULT_POPULATION, DEFAULT_GENERATIONS, DEFAULT_MUTATION_RATE, DEFAULT_CALIBRATION_ROWS,
                    DEFAULT_OUTPUT_CHANNELS, DEFAULT_INNER_LENGTH, Int8LayerQuantization.DEFAULT_TILE_VALUES);
        }

        /** Same settings with another population size, generation count and mutation rate. */
        public Settings withSearch(int newPopulation, int newGenerations, double newMutationRate) {
            return new Settings(newPopulation, newGenerations, newMutationRate, calibrationRows, outputChannels,
                    innerLength, tileValues);
        }

        /** The search's configuration for a seed: {@link LpqConfig#defaults} with these settings. */
        LpqConfig config(long seed) {
            return searchConfig(seed, population, generations, mutationRate, calibrationRows, outputChannels,
                    innerLength);
        }

        private static LpqConfig searchConfig(long seed, int population, int generations, double mutationRate,
                                              int calibrationRows, int outputChannels, int innerLength) {
            LpqConfig d = LpqConfig.defaults(seed);
            return new LpqConfig(seed, population, generations, d.crossoverRate(), mutationRate, d.mutationGeneRate(),
                    d.elitismRate(), d.tournamentArity(), d.nChoices(), d.maxEs(), d.sfMin(), d.sfStep(), d.sfSteps(),
                    d.outputErrorWeight(), d.targetAverageBits(), d.bitsPenalty(), calibrationRows, outputChannels,
                    innerLength);
        }
    }

    private LpqLayerQuantization(Settings settings, LpqResult result) {
        this.settings = settings;
        this.result = result;
    }

    public LpqLayerQuantization(Settings settings) {
        this(settings, null);
    }

    /** {@link Settings#defaults()}. */
    public LpqLayerQuantization() {
        this(Settings.defaults());
    }

    /**
     * From {@code --param} options (defaults of {@link Settings#defaults()}): {@code population},
     * {@code generations}, {@code mutationRate}, {@code calibrationRows}, {@code outputChannels},
     * {@code innerLength}, {@code tileValues}.
     */
    public static LpqLayerQuantization fromOptions(QuantizerOptions options) {
        Settings d = Settings.defaults();
        Settings s = new Settings(options.integer("population", d.population()),
                options.integer("generations", d.generations()), options.decimal("mutationRate", d.mutationRate()),
                options.integer("calibrationRows", d.calibrationRows()),
                options.integer("outputChannels", d.outputChannels()), options.integer("innerLength", d.innerLength()),
                options.integer("tileValues", d.tileValues()));
        options.requireAllKnown();
        return new LpqLayerQuantization(s);
    }

    /** The search outcome (null before {@link #forModel}). */
    public LpqResult result() {
        return result;
    }

    @Override
    public LayerQuantization forModel(ModelOperands model) {
        LpqConfig config = settings.config(model.seed());
        List<LpqLayer> layers = new ArrayList<>(model.model().layers().size());
        int count = model.model().layers().size();
        for (int i = 0; i < count; i++) {
            LayerOperands operands = model.layer(i);
            model.progress().accept(String.format(java.util.Locale.ROOT, "lpq: sampling [%d/%d] %s", i + 1, count,
                    operands.layer().name()));
            int k = operands.a().cols();
            int[] kIndex = sampledPositions(k, config.maxInnerLength());
            FloatTensor weights = sampledRows(operands.b(), Integer.MAX_VALUE, kIndex);
            FloatTensor calibration = sampledRows(operands.a(), config.maxCalibrationRows(), kIndex);
            layers.add(new LpqLayer(operands.layer().name(), weights, calibration));
        }
        model.progress().accept(String.format(java.util.Locale.ROOT,
                "lpq: genetic search over %d layers (population %d, %d generations, seed %d)", count,
                config.populationSize(), config.generations(), config.seed()));
        LpqResult searched = new LpqSearch(config).search(layers);
        model.progress().accept(String.format(java.util.Locale.ROOT, "lpq: fitness %.6g, average %.2f bits",
                searched.fitness(), searched.averageBits()));
        return new LpqLayerQuantization(settings, searched);
    }

    /** Positions along K the search uses: {@code i * K / n} for i < n = min(K, limit) (LpqEvaluator's stride). */
    private static int[] sampledPositions(int k, int limit) {
        int n = Math.min(k, limit);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = (int) ((long) i * k / n);
        }
        return index;
    }

    /** The first {@code maxRows} rows of the stacked operand, at the given positions along K. */
    private static FloatTensor sampledRows(GemmOperand operand, int maxRows, int[] kIndex) {
        long total = (long) operand.groups() * operand.rows();
        int rows = (int) Math.min(total, maxRows);
        float[] row = new float[operand.cols()];
        float[] values = new float[rows * kIndex.length];
        for (int s = 0; s < rows; s++) {
            operand.readRow(s / operand.rows(), s % operand.rows(), row);
            for (int i = 0; i < kIndex.length; i++) {
                values[s * kIndex.length + i] = row[kIndex[i]];
            }
        }
        return FloatTensor.matrix(values, rows, kIndex.length);
    }

    @Override
    public String name() {
        return "lpq";
    }

    @Override
    public SortedMap<String, String> parameters() {
        LpqConfig c = result != null ? result.config() : settings.config(0);
        SortedMap<String, String> p = new TreeMap<>();
        p.put("population", Integer.toString(c.populationSize()));
        p.put("generations", Integer.toString(c.generations()));
        p.put("mutationRate", Double.toString(c.mutationRate()));
        p.put("crossoverRate", Double.toString(c.crossoverRate()));
        p.put("elitismRate", Double.toString(c.elitismRate()));
        p.put("tournamentArity", Integer.toString(c.tournamentArity()));
        p.put("nChoices", String.join(",", Arrays.stream(c.nChoices()).mapToObj(Integer::toString).toList()));
        p.put("maxEs", Integer.toString(c.maxEs()));
        p.put("sfGrid", c.sfMin() + "+i*" + c.sfStep() + ",i<" + c.sfSteps());
        p.put("outputErrorWeight", Double.toString(c.outputErrorWeight()));
        p.put("targetAverageBits", Double.toString(c.targetAverageBits()));
        p.put("bitsPenalty", Double.toString(c.bitsPenalty()));
        p.put("maxCalibrationRows", Integer.toString(c.maxCalibrationRows()));
        p.put("maxOutputChannels", Integer.toString(c.maxOutputChannels()));
        p.put("maxInnerLength", Integer.toString(c.maxInnerLength()));
        p.put("tileValues", Integer.toString(settings.tileValues()));
        if (result != null) {
            p.put("searchSeed", Long.toString(c.seed()));
            p.put("fitness", Double.toString(result.fitness()));
            p.put("averageBits", Double.toString(result.averageBits()));
            p.put("bestFitnessHistory", String.join(",",
                    Arrays.stream(result.bestFitnessHistory()).mapToObj(Double::toString).toList()));
            p.put("evaluations", Integer.toString(result.evaluations()));
        }
        return p;
    }

    @Override
    public QuantizedLayer quantize(LayerOperands operands) {
        if (result == null) {
            throw new IllegalStateException("lpq: quantize called before forModel ran the search");
        }
        LpqLayerChoice choice = result.layers().get(operands.layerIndex());
        if (!choice.name().equals(operands.layer().name())) {
            throw new IllegalArgumentException("lpq: layer " + operands.layerIndex() + " is '" + operands.layer().name()
                    + "' but the search chose parameters for '" + choice.name() + "'");
        }
        LogPosit type = choice.type();
        Codebook book = type.codebook();
        List<TensorDescriptor> descriptors = new ArrayList<>();
        List<OperandTiles> tiles = new ArrayList<>();
        for (GemmOperand operand : List.of(operands.a(), operands.b())) {
            int shift = operand == operands.a() ? choice.activationShift() : choice.weightShift();
            descriptors.add(TensorDescriptor.perTensor(operand.role(), type.name(), type.bits(),
                    (float) Math.scalb(1.0, shift), 0));
            tiles.add(nonzeroTiles(operand, book, Math.scalb(1.0, -shift)));
        }
        SortedMap<String, Double> stats = new TreeMap<>();
        stats.put("lpq.n", (double) type.n());
        stats.put("lpq.es", (double) type.es());
        stats.put("lpq.rs", (double) type.rs());
        stats.put("lpq.sf", type.sf());
        stats.put("lpq.weightShift", (double) choice.weightShift());
        stats.put("lpq.activationShift", (double) choice.activationShift());
        stats.put("lpq.outputError", choice.outputError());
        stats.put("lpq.tensorError", choice.tensorError());
        return new QuantizedLayer(descriptors, tiles, stats);
    }

    /** Tiles of the operand with the values whose nearest LP value (after pre-scaling) is nonzero. */
    private OperandTiles nonzeroTiles(GemmOperand operand, Codebook book, double preScale) {
        TileGrid grid = TileScanner.grid(operand, 1, settings.tileValues(), 0);
        TileColumns columns = TileColumns.allocate(Math.toIntExact(grid.tiles()), EnumSet.of(TileField.NONZERO));
        // Values beyond twice the smallest positive LP value are certainly nonzero; the codebook
        // decides the rest (a few near zero), so the count follows its tie rule exactly.
        double sure = 2 * smallestPositive(book);
        TileScanner.scan(operand, grid, (index, where, values, count) -> {
            int nonzero = 0;
            for (int i = 0; i < count; i++) {
                double x = values[i] * preScale;
                if (Math.abs(x) >= sure || book.quantize(x) != 0) {
                    nonzero++;
                }
            }
            columns.nonzero()[(int) index] = nonzero;
        });
        return new OperandTiles(operand.role(), grid, columns);
    }

    private static double smallestPositive(Codebook book) {
        for (double v : book.values()) {
            if (v > 0) {
                return v;
            }
        }
        throw new IllegalStateException(book.type().name() + " has no positive value");
    }
}
