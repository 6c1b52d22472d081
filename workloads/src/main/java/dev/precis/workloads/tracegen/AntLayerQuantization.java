package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.GemmOperands;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.TileScanner;
import dev.precis.workloads.numeric.NumericType;
import dev.precis.workloads.quant.AntCandidate;
import dev.precis.workloads.quant.AntConfig;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlan;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.quant.AntQuantizer;
import dev.precis.workloads.quant.AntSearchMemo;
import dev.precis.workloads.quant.AntTypeChoice;
import dev.precis.workloads.quant.AntTensorResult;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.TensorSample;
import dev.precis.workloads.tensor.TensorShapes;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ANT's adaptive numeric types in a trace ({@link AntQuantizer}, PAPERS.md section 1). Each
 * layer runs at the bits of a precision plan ({@link AntPlanChoice}): for the ANT artifact's model
 * variants ({@code resnet50-ant}, {@code vit-ant}, {@code bert-mnli-ant}, …) the artifact's per-layer
 * list of the chosen design ({@link AntPrecisionPlans#artifact()}); on another model with the layer
 * shapes of a variant, that variant's list of the design; otherwise 8 bits on every layer for
 * BitFusion and the PAPERS.md rule for the other designs ({@link AntPrecisionPlans#rule}: 8 bits on
 * the first and last layer, 4 elsewhere, for ANT). ANT quantizes the layer's tensors as the artifact does: weights per output channel (one
 * type per tensor, one clipping scale per channel), activations per tensor, on the tensors
 * themselves (not their im2col copies, which would count each value kH·kW times).
 *
 * <p>Descriptors: the chosen type's name ({@code int4s}, {@code flint4u}, {@code pot4s}, …), the
 * layer's bits, one scale per output channel for weights ({@code alpha / max(grid)}), zero point 0.
 * Tiles: 1 x {@code tileValues} along K over the GEMM view, with the values that quantize to a
 * nonzero grid value (im2col padding counts as zero). Header details: {@code plan}
 * ({@code <source>:<model>}) and {@code planBasis} (why that plan). Per-layer statistics: {@code ant.bits},
 * {@code ant.<role>.mse} (over every value) and {@code ant.<role>.search.<type>} (the search's
 * score of each candidate type: summed best MSE on the search samples) and
 * {@code ant.weight.channels.<type>} (weight channels per type: one entry unless per-channel types
 * are on, when the descriptor names the most common one).
 */
public final class AntLayerQuantization implements LayerQuantization {

    /**
     * Values per weight channel the clipping search scores (even stride; the codes always cover
     * every value). Our choice, for speed: ResNet-50's 26 K weight channels then take seconds
     * rather than tens of seconds (BENCHMARKS.md, "Workload traces"). Against the artifact's
     * search on every value of a channel ({@link AntConfig#defaults()}), on the seeded ResNet-50
     * weights: the same type on 51 of 54 layers, MSE 0.5% higher on average, 7% at most.
     * Activations keep {@link AntConfig#defaults()}'s 65 536 samples per tensor: one tensor per
     * layer costs little, and 512 samples of an activation tensor chose another type on 6 of 54
     * layers.
     */
    public static final int DEFAULT_WEIGHT_SEARCH_SAMPLES = 512;

    /**
     * Default {@code calibrationImages}. The artifact searches each activation's type once, on the first batch of its
     * calibration data (128 images in its scripts), and keeps it for every batch after; the simulator's batch then
     * sets only the work. Synthetic images are drawn from one distribution, so one of them (the search's 65 536
     * values of it) stands for the rest, and the types and scales of a layer no longer depend on the batch it is
     * simulated at: the trace at batch 64 holds batch 1's. It also keeps the search's cost apart from the batch
     * (BENCHMARKS.md, "Ranked clipping search, activations calibrated on the first image").
     */
    public static final int DEFAULT_CALIBRATION_IMAGES = 1;

    private static final AntConfig D = AntConfig.defaults();

    /** The options of {@code ant}; the search defaults are the artifact's ({@link AntConfig#defaults()}). */
    static final QuantizerDescriptor DESCRIPTOR = new QuantizerDescriptor("ant",
            "ANT's adaptive numeric types (int, flint, pot, float chosen per tensor) at the bits of a per-layer"
                    + " precision plan (PAPERS.md section 1)",
            List.of(OptionSpec.choice("design", AntDesign.ANT_OS.label(),
                            Arrays.stream(AntDesign.values()).map(AntDesign::label).toList(),
                            "design whose precision plan sets each layer's bits: the artifact's list for its model"
                                    + " variants (e.g. resnet50-ant) and for a model with the same layer shapes;"
                                    + " otherwise 8 bits first and last and 4 elsewhere (ANT, OLAccel), 8 bits on"
                                    + " every layer for BitFusion"),
                    OptionSpec.choices("candidates", D.candidates().stream().map(AntCandidate::name).toList(),
                            Arrays.stream(AntCandidate.values()).map(AntCandidate::name).toList(),
                            "types the search may choose, in tie-break order"),
                    OptionSpec.integer("maxSearchSamples", D.maxSearchSamples(), OptionRange.atLeast(1),
                            "values per activation tensor the clipping search scores, at an even stride"),
                    OptionSpec.integer("maxWeightSearchSamples", DEFAULT_WEIGHT_SEARCH_SAMPLES, OptionRange.atLeast(1),
                            "values per weight channel the clipping search scores, at an even stride"),
                    OptionSpec.integer("calibrationImages", DEFAULT_CALIBRATION_IMAGES, OptionRange.atLeast(1),
                            "images of the batch (the first ones) whose activations the type search reads; the"
                                    + " types and scales found then encode the whole batch, values beyond the"
                                    + " clipping value saturating, as in a model calibrated before it runs"),
                    OptionSpec.flag("perChannelTypes", D.perChannelTypes(),
                            "each weight channel chooses its own type, an extension of ANT"),
                    Int8LayerQuantization.tileValuesOption()));

    /** The {@code ant} quantizer as registered in {@code META-INF/services}. */
    public static final class Type extends DescribedQuantizerType {
        public Type() {
            super(DESCRIPTOR, AntLayerQuantization::new);
        }
    }

    private final QuantizerSettings settings;
    private final AntConfig config;
    private final AntConfig weightConfig;
    /** The quantizers of activations and weights, kept: each keeps the grids it built (shared by the threads). */
    private final AntQuantizer activationQuantizer;
    private final AntQuantizer weightQuantizer;
    private final AntDesign design;
    private final int tileValues;
    private final int calibrationImages;
    private final AntPrecisionPlan plan;
    private final String planBasis;

    private AntLayerQuantization(QuantizerSettings settings, AntPrecisionPlan plan, String planBasis) {
        List<AntCandidate> candidates = settings.choices("candidates").stream().map(AntCandidate::valueOf).toList();
        this.settings = settings;
        this.config = AntConfig.defaults().withCandidates(candidates)
                .withMaxSearchSamples(settings.integer("maxSearchSamples"))
                .withPerChannelTypes(settings.flag("perChannelTypes"));
        this.weightConfig = config.withMaxSearchSamples(settings.integer("maxWeightSearchSamples"));
        this.activationQuantizer = new AntQuantizer(config);
        this.weightQuantizer = new AntQuantizer(weightConfig);
        this.design = AntDesign.parse(settings.choice("design"));
        this.tileValues = settings.integer("tileValues");
        this.calibrationImages = settings.integer("calibrationImages");
        this.plan = plan;
        this.planBasis = planBasis;
    }

    /** With settings of {@link #DESCRIPTOR}'s options; the plan is chosen in {@link #forModel}. */
    public AntLayerQuantization(QuantizerSettings settings) {
        this(settings, null, null);
    }

    /**
     * The artifact's search settings ({@link AntConfig#defaults()}) with
     * {@link #DEFAULT_WEIGHT_SEARCH_SAMPLES} search samples per weight channel, the
     * ANT-OS plan, 1 x 64 tiles, activations calibrated on the first image.
     */
    public AntLayerQuantization() {
        this(QuantizerSettings.defaults(DESCRIPTOR));
    }

    /** The plan in use (null before {@link #forModel}). */
    public AntPrecisionPlan plan() {
        return plan;
    }

    @Override
    public LayerQuantization forModel(ModelOperands operands) {
        Model model = operands.model();
        int layers = model.layers().size();
        AntPlanChoice choice = AntPlanChoice.of(model, design);
        AntPrecisionPlan p = choice.plan();
        if (p.size() != layers) {
            throw new IllegalArgumentException("ant: the " + design.label() + " plan of '" + model.name() + "' ("
                    + p.source() + ") lists " + p.size() + " layers but the model has " + layers
                    + (model.name().equals("vit-ant-bitfusion") ? "; only BitFusion's plan has the patch embedding,"
                    + " use vit-ant for the other designs" : "")
                    + (model.name().equals("vit-ant") ? "; BitFusion's plan has the patch embedding, use"
                    + " vit-ant-bitfusion" : ""));
        }
        return new AntLayerQuantization(settings, p, choice.basis());
    }

    @Override
    public String name() {
        return "ant";
    }

    @Override
    public SortedMap<String, String> settings() {
        return settings.asText();
    }

    /** The plan and why it was chosen (after {@link #forModel}), and the artifact's fixed clipping search bounds. */
    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> p = new TreeMap<>();
        if (plan != null) {
            p.put("plan", plan.source() + ":" + plan.model());
            p.put("planBasis", planBasis);
        }
        p.put("clipSearchPercent", config.searchLowPercent() + ".." + config.searchHighPercent());
        p.put("clipSearchPercentAbove" + config.intOnlyAboveBits() + "Bits",
                config.highBitsLowPercent() + ".." + config.searchHighPercent());
        p.put("intOnlyAboveBits", Integer.toString(config.intOnlyAboveBits()));
        return p;
    }

    @Override
    public java.util.Set<TileField> tileFields() {
        return java.util.EnumSet.of(TileField.NONZERO);
    }

    @Override
    public QuantizedLayer quantize(LayerOperands operands) {
        if (plan == null) {
            throw new IllegalStateException("ant: quantize called before forModel chose the precision plan");
        }
        int bits = plan.layers().get(operands.layerIndex()).bits();
        List<TensorDescriptor> descriptors = new ArrayList<>();
        List<OperandTiles> tiles = new ArrayList<>();
        SortedMap<String, Double> stats = new TreeMap<>();
        stats.put("ant.bits", (double) bits);
        for (GemmOperand operand : List.of(operands.a(), operands.b())) {
            boolean weights = operand.role() == TensorRole.WEIGHT;
            FloatTensor tensor = operand.tensor();
            AntTensorResult r = weights
                    ? weightQuantizer.quantize(tensor, operand.role(), bits)
                    : activationQuantizer.quantize(tensor, TensorSample.ofFirstImages(tensor, operand.role(),
                            config.maxSearchSamples(), calibrationImages), operand.role(), bits);
            descriptors.add(new TensorDescriptor(operand.role(), r.type().name(), bits, weights, toFloats(r.scales()),
                    new int[] {0}));
            FloatTensor dequantized = new FloatTensor(r.dequantize(), tensor.shape());
            GemmOperand view = operand == operands.a()
                    ? GemmOperands.a(operands.layer(), operands.batch(), dequantized)
                    : GemmOperands.b(operands.layer(), operands.batch(), dequantized);
            tiles.add(nonzeroTiles(view));
            String prefix = "ant." + OperandMatrix.label(operand) + ".";
            stats.put(prefix + "mse", r.mse());
            r.candidateMse().forEach((type, mse) -> stats.put(prefix + "search." + type, mse));
            if (weights) {
                // the descriptor names the majority type; with per-channel types the others show here
                new TreeMap<>(AntQuantizer.typeHistogram(r)).forEach(
                        (type, channels) -> stats.put(prefix + "channels." + type, (double) channels));
            }
        }
        return new QuantizedLayer(descriptors, tiles, stats);
    }

    /**
     * The descriptors {@link #quantize} writes, from the type search on the operands' samples alone (the same
     * types, bits and scales: the search reads only the samples, the largest |x| and the sign; an activation's
     * sample is of the batch's first {@code calibrationImages} images, as in {@link #quantize}), with the
     * statistics of the search ({@code ant.bits}, {@code ant.<role>.search.<type>}, {@code ant.weight.channels.<type>});
     * {@code ant.<role>.mse}, which needs every value encoded, is left out. Searches of the same sample and grid
     * are shared through {@code layer} with the other ANT quantizers describing it. Described for a replay ({@link
     * DescriptorDetail#FORMATS}), an operand whose type is fixed at its bits (int above 6 bits, or one candidate
     * type) is not searched: the search would set only its scales, which a replay never reads (BitFusion's,
     * OLAccel's and BiScaled's int, AdaFloat's float, and every design's 8-bit first and last layers). Weights are
     * then not even sampled; an activation's sample still tells its sign.
     */
    @Override
    public QuantizedLayer describe(SharedLayer layer) {
        if (plan == null) {
            throw new IllegalStateException("ant: describe called before forModel chose the precision plan");
        }
        int bits = plan.layers().get(layer.index()).bits();
        List<TensorDescriptor> descriptors = new ArrayList<>();
        SortedMap<String, Double> stats = new TreeMap<>();
        stats.put("ant.bits", (double) bits);
        for (TensorRole role : List.of(TensorRole.INPUT, layer.operandBRole())) {
            boolean weights = role == TensorRole.WEIGHT;
            AntConfig c = weights ? weightConfig : config;
            AntQuantizer quantizer = weights ? weightQuantizer : activationQuantizer;
            if (layer.detail() == DescriptorDetail.FORMATS) {
                // weights are signed, so a fixed type is known before any of them is drawn; an activation's sign
                // comes from its sample (kept in the layer for the designs that search it)
                boolean signed = weights
                        || layer.sampleOfFirstImages(role, c.maxSearchSamples(), calibrationImages).hasNegative();
                Optional<NumericType> only = quantizer.onlyType(bits, signed);
                if (only.isPresent()) {
                    describeFixedType(layer, role, only.get(), bits, descriptors, stats);
                    continue;
                }
            }
            TensorSample sample = weights ? layer.sample(role, c.maxSearchSamples())
                    : layer.sampleOfFirstImages(role, c.maxSearchSamples(), calibrationImages);
            AntTypeChoice r = quantizer.choose(sample, role, bits, new AntSearchMemo() {
                @Override
                public Object find(Object key) {
                    return layer.find(key, Object.class);
                }

                @Override
                public void keep(Object key, Object value) {
                    layer.keep(key, value);
                }
            });
            descriptors.add(new TensorDescriptor(role, r.typeName(), bits, weights, toFloats(r.scales()), new int[] {0}));
            String prefix = "ant." + OperandMatrix.label(role) + ".";
            r.candidateMse().forEach((type, mse) -> stats.put(prefix + "search." + type, mse));
            if (weights) {
                new TreeMap<>(r.typeHistogram()).forEach((type, channels) -> stats.put(prefix + "channels." + type, (double) channels));
            }
        }
        return new QuantizedLayer(descriptors, List.of(), stats);
    }

    /** The values as floats; a loop apart from {@link #describe}, which would otherwise be compiled for it. */
    private static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) f[i] = (float) values[i];
        return f;
    }

    /**
     * An operand whose type is fixed at its bits, described for a replay ({@link DescriptorDetail#FORMATS}): its
     * type and bits, no scales (the clipping search would have set only them), and the statistics the search
     * records for it: none of the candidates' scores (there is one candidate) and, for weights, every channel of
     * that type.
     */
    private static void describeFixedType(SharedLayer layer, TensorRole role, NumericType type, int bits,
                                          List<TensorDescriptor> descriptors, SortedMap<String, Double> stats) {
        boolean weights = role == TensorRole.WEIGHT;
        descriptors.add(new TensorDescriptor(role, type.name(), bits, weights, new float[0], new int[] {0}));
        if (weights) {
            int channels = TensorSample.channelsOf(TensorShapes.operandB(layer.layer(), layer.batch()), role);
            stats.put("ant." + OperandMatrix.label(role) + ".channels." + type.name(), (double) channels);
        }
    }

    /** Tiles of the dequantized operand with their nonzero values. */
    private OperandTiles nonzeroTiles(GemmOperand dequantized) {
        TileGrid grid = TileScanner.grid(dequantized, 1, tileValues, 0);
        TileColumns columns = TileColumns.allocate(Math.toIntExact(grid.tiles()), EnumSet.of(TileField.NONZERO));
        TileScanner.scan(dequantized, grid, (index, where, values, count) -> {
            int nonzero = 0;
            for (int i = 0; i < count; i++) {
                if (values[i] != 0) {
                    nonzero++;
                }
            }
            columns.nonzero()[(int) index] = nonzero;
        });
        return new OperandTiles(dequantized.role(), grid, columns);
    }
}
