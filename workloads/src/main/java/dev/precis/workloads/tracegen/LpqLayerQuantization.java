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
 * channels; the search itself takes {@code outputChannels} of them) and operand A's first
 * {@code calibrationRows} rows, both at {@code innerLength} positions along K taken at the
 * search's own even stride, so the search sees exactly the values it would pick from the full
 * operands (the power-of-two pre-scaling {@code ceil(log2 max|x|)} is then that of the sample).
 * The search's seed is the trace's seed.
 *
 * <p>Each layer's two operands are then coded in its LP type, pre-scaled by {@code 2^shift}:
 * descriptors {@code lp(n,es,rs,sf)}, n bits, scale {@code 2^shift}, zero point 0. Tiles are
 * 1 x {@code tileValues} along K with the values whose nearest LP value is nonzero. Per-layer
 * statistics: {@code lpq.n}, {@code lpq.es}, {@code lpq.rs}, {@code lpq.sf},
 * {@code lpq.weightShift}, {@code lpq.activationShift}, {@code lpq.outputError},
 * {@code lpq.tensorError}. The header's settings are every field of the search's {@link LpqConfig}
 * but the seed; its details the outcome (seed, fitness, average bits, best fitness per generation).
 *
 * <p>Grouped and batched GEMMs are searched on their groups stacked (one LP type per layer).
 */
public final class LpqLayerQuantization implements LayerQuantization {

    /** Population of the trace's default search: small, so a ResNet-50 search takes seconds (our choice). */
    public static final int DEFAULT_POPULATION = 16;
    /** Generations of the trace's default search (our choice, see {@link #DEFAULT_POPULATION}). */
    public static final int DEFAULT_GENERATIONS = 8;
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

    private static final LpqConfig D = LpqConfig.defaults(0);
    private static final OptionRange SHARE = OptionRange.closed(0, 1);

    /**
     * The options of {@code lpq}: every field of {@link LpqConfig} but the seed (the trace's), and the
     * tile length; the defaults are {@link LpqConfig#defaults}'s except the search size, which the trace
     * keeps small (the constants above).
     */
    static final QuantizerDescriptor DESCRIPTOR = new QuantizerDescriptor("lpq",
            "LPQ's logarithmic posits: one lp(n,es,rs,sf) type per layer from a seeded model-wide genetic search"
                    + " (PAPERS.md section 2)",
            List.of(OptionSpec.integer("population", DEFAULT_POPULATION, OptionRange.atLeast(2),
                            "chromosomes per generation"),
                    OptionSpec.integer("generations", DEFAULT_GENERATIONS, OptionRange.atLeast(0),
                            "generations after the initial population"),
                    OptionSpec.decimal("mutationRate", D.mutationRate(), SHARE,
                            "probability that a selected pair is mutated"),
                    OptionSpec.integer("calibrationRows", DEFAULT_CALIBRATION_ROWS, OptionRange.atLeast(1),
                            "operand-A rows per layer the search uses, the first ones"),
                    OptionSpec.integer("outputChannels", DEFAULT_OUTPUT_CHANNELS, OptionRange.atLeast(1),
                            "operand-B rows (output channels) per layer the search uses, at an even stride"),
                    OptionSpec.integer("innerLength", DEFAULT_INNER_LENGTH, OptionRange.atLeast(1),
                            "positions along K per layer the search uses, at an even stride"),
                    Int8LayerQuantization.tileValuesOption(),
                    OptionSpec.decimal("crossoverRate", D.crossoverRate(), SHARE,
                            "probability that a selected pair is crossed, uniform crossover"),
                    OptionSpec.decimal("mutationGeneRate", D.mutationGeneRate(), SHARE,
                            "probability that a mutation redraws each gene"),
                    OptionSpec.decimal("elitismRate", D.elitismRate(), OptionRange.closedOpen(0, 1),
                            "share of the fittest kept unchanged each generation"),
                    OptionSpec.integer("tournamentArity", D.tournamentArity(), OptionRange.atLeast(1),
                            "tournament selection size, at most the population"),
                    OptionSpec.integers("nChoices", D.nChoices(), OptionRange.closed(2, 16),
                            "word sizes n the search may choose"),
                    OptionSpec.integer("maxEs", D.maxEs(), OptionRange.closed(0, 4), "largest exponent size es"),
                    OptionSpec.decimal("sfMin", D.sfMin(), null, "smallest scale factor sf"),
                    OptionSpec.decimal("sfStep", D.sfStep(), OptionRange.above(0), "sf grid step"),
                    OptionSpec.integer("sfSteps", D.sfSteps(), OptionRange.atLeast(1),
                            "sf grid points: sf = sfMin + i x sfStep, i < sfSteps"),
                    OptionSpec.decimal("outputErrorWeight", D.outputErrorWeight(), SHARE,
                            "weight of the GEMM output error against the tensor error"),
                    OptionSpec.decimal("targetAverageBits", D.targetAverageBits(), OptionRange.closed(0, 16),
                            "average word size above which the bit penalty applies"),
                    OptionSpec.decimal("bitsPenalty", D.bitsPenalty(), OptionRange.atLeast(0),
                            "fitness penalty per bit of average word size above the target")));

    /** The {@code lpq} quantizer as registered in {@code META-INF/services}. */
    public static final class Type extends DescribedQuantizerType {
        public Type() {
            super(DESCRIPTOR, LpqLayerQuantization::new);
        }
    }

    private final QuantizerSettings settings;
    private final int tileValues;
    private final LpqResult result;

    private LpqLayerQuantization(QuantizerSettings settings, LpqResult result) {
        this.settings = settings;
        this.tileValues = settings.integer("tileValues");
        this.result = result;
        // checks the rules across options (e.g. tournamentArity <= population) now, not after the model's pass
        config(0);
    }

    /**
     * With settings of {@link #DESCRIPTOR}'s options; the search runs in {@link #forModel}.
     *
     * @throws IllegalArgumentException if the settings break a rule of {@link LpqConfig}
     */
    public LpqLayerQuantization(QuantizerSettings settings) {
        this(settings, null);
    }

    /** {@link #DESCRIPTOR}'s defaults. */
    public LpqLayerQuantization() {
        this(QuantizerSettings.defaults(DESCRIPTOR));
    }

    /** The search's configuration for a seed: every field from the settings. */
    private LpqConfig config(long seed) {
        QuantizerSettings s = settings;
        return LpqConfig.builder(seed).populationSize(s.integer("population")).generations(s.integer("generations"))
                .mutationRate(s.decimal("mutationRate")).maxCalibrationRows(s.integer("calibrationRows"))
                .maxOutputChannels(s.integer("outputChannels")).maxInnerLength(s.integer("innerLength"))
                .crossoverRate(s.decimal("crossoverRate")).mutationGeneRate(s.decimal("mutationGeneRate"))
                .elitismRate(s.decimal("elitismRate")).tournamentArity(s.integer("tournamentArity"))
                .nChoices(s.integers("nChoices")).maxEs(s.integer("maxEs")).sfMin(s.decimal("sfMin"))
                .sfStep(s.decimal("sfStep")).sfSteps(s.integer("sfSteps"))
                .outputErrorWeight(s.decimal("outputErrorWeight")).targetAverageBits(s.decimal("targetAverageBits"))
                .bitsPenalty(s.decimal("bitsPenalty")).build();
    }

    /** The search outcome (null before {@link #forModel}). */
    public LpqResult result() {
        return result;
    }

    @Override
    public LayerQuantization forModel(ModelOperands model) {
        LpqConfig config = config(model.seed());
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
    public SortedMap<String, String> settings() {
        return settings.asText();
    }

    /** The search's outcome, after {@link #forModel}: seed, fitness, average bits, best fitness per generation. */
    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> p = new TreeMap<>();
        if (result != null) {
            p.put("searchSeed", Long.toString(result.config().seed()));
            p.put("fitness", Double.toString(result.fitness()));
            p.put("averageBits", Double.toString(result.averageBits()));
            p.put("bestFitnessHistory", String.join(",",
                    Arrays.stream(result.bestFitnessHistory()).mapToObj(Double::toString).toList()));
            p.put("evaluations", Integer.toString(result.evaluations()));
        }
        return p;
    }

    @Override
    public java.util.Set<TileField> tileFields() {
        return java.util.EnumSet.of(TileField.NONZERO);
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
        TileGrid grid = TileScanner.grid(operand, 1, tileValues, 0);
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
