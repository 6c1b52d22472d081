package dev.precis.workloads.trace;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.LogPosit;
import dev.precis.workloads.quant.LpqConfig;
import dev.precis.workloads.quant.LpqLayer;
import dev.precis.workloads.quant.LpqLayerChoice;
import dev.precis.workloads.quant.LpqResult;
import dev.precis.workloads.quant.LpqSearch;
import dev.precis.workloads.quant.TensorData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
public final class LpqQuantization implements LayerQuantization {

    /** Population of the trace's default search: small, so a ResNet-50 search takes seconds (our choice). */
    public static final int DEFAULT_POPULATION = 16;
    /** Generations of the trace's default search (our choice, see {@link #DEFAULT_POPULATION}). */
    public static final int DEFAULT_GENERATIONS = 8;
    /** Mutation rate of the trace's default search: {@link LpqConfig#defaults}'s. */
    public static final double DEFAULT_MUTATION_RATE = 0.3;

    private final int population;
    private final int generations;
    private final double mutationRate;
    private final int tileValues;
    private final LpqResult result;

    private LpqQuantization(int population, int generations, double mutationRate, int tileValues, LpqResult result) {
        if (tileValues < 1 || tileValues > TraceFormat.MAX_TILE_VALUES) {
            throw new IllegalArgumentException("lpq: tileValues must be in [1, 65535], got " + tileValues);
        }
        // validates the search settings now rather than after the model's first pass
        config(0, population, generations, mutationRate);
        this.population = population;
        this.generations = generations;
        this.mutationRate = mutationRate;
        this.tileValues = tileValues;
        this.result = result;
    }

    /** LPQ with this population size, generation count and mutation rate; tiles of {@code tileValues} along K. */
    public LpqQuantization(int population, int generations, double mutationRate, int tileValues) {
        this(population, generations, mutationRate, tileValues, null);
    }

    /** The trace defaults: population 16, 8 generations, mutation 0.3, 1 x 64 tiles. */
    public LpqQuantization() {
        this(DEFAULT_POPULATION, DEFAULT_GENERATIONS, DEFAULT_MUTATION_RATE, Int8Quantization.DEFAULT_TILE_VALUES);
    }

    /** The search's settings for a seed: {@link LpqConfig#defaults} with this population, generations and mutation. */
    static LpqConfig config(long seed, int population, int generations, double mutationRate) {
        return LpqConfig.defaults(seed).withSearch(population, generations, mutationRate);
    }

    /** The search outcome (null before {@link #forModel}). */
    public LpqResult result() {
        return result;
    }

    @Override
    public LayerQuantization forModel(ModelOperands model) {
        LpqConfig config = config(model.seed(), population, generations, mutationRate);
        List<LpqLayer> layers = new ArrayList<>(model.model().layers().size());
        for (int i = 0; i < model.model().layers().size(); i++) {
            LayerOperands operands = model.layer(i);
            int k = operands.a().cols();
            int[] kIndex = sampledPositions(k, config.maxInnerLength());
            TensorData weights = sampledRows(operands.b(), Integer.MAX_VALUE, kIndex);
            TensorData calibration = sampledRows(operands.a(), config.maxCalibrationRows(), kIndex);
            layers.add(new LpqLayer(operands.layer().name(), weights, calibration));
        }
        LpqResult searched = new LpqSearch(config).search(layers);
        return new LpqQuantization(population, generations, mutationRate, tileValues, searched);
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
    private static TensorData sampledRows(GemmOperand operand, int maxRows, int[] kIndex) {
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
        return TensorData.matrix(values, rows, kIndex.length);
    }

    @Override
    public String name() {
        return "lpq";
    }

    @Override
    public SortedMap<String, String> parameters() {
        LpqConfig c = result != null ? result.config() : config(0, population, generations, mutationRate);
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
        p.put("tileValues", Integer.toString(tileValues));
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
        TileGrid grid = TileScanner.grid(operand, 1, tileValues, 0);
        TileColumns columns = TileColumns.allocate(Math.toIntExact(grid.tiles()), EnumSet.of(TileField.NONZERO));
        TileScanner.scan(operand, grid, (index, where, values, count) -> {
            int nonzero = 0;
            for (int i = 0; i < count; i++) {
                if (book.quantize(values[i] * preScale) != 0) {
                    nonzero++;
                }
            }
            columns.nonzero()[(int) index] = nonzero;
        });
        return new OperandTiles(operand.role(), grid, columns);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LpqQuantization[population=%d, generations=%d, mutation=%s]", population,
                generations, mutationRate);
    }
}
