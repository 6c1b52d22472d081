package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.GemmOperand;
import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.TileScanner;
import dev.precis.workloads.quant.PanaceaConfig;
import dev.precis.workloads.quant.PanaceaLayerResult;
import dev.precis.workloads.quant.PanaceaQuantizer;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileField;
import dev.precis.workloads.trace.TileGrid;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Panacea's asymmetric bit-slice scheme in a trace ({@link PanaceaQuantizer}, PAPERS.md
 * section 4). Operand A is {@code uint8} with the zero point after ZPM; operand B is symmetric
 * {@code int8}, per output channel for weights and per tensor for an attention product's second
 * activation. The trace grid is Panacea's tile grid ({@code tileRows x tileK}, default 1 x 64,
 * HO slice vectors of {@code vectorLength} = 16 values along K), so a tile's HO vector count is
 * {@code rows x ceil(cols / 16)}. Per tile of operand A: HO vectors that are zero, equal to the
 * layer's frequent HO value, RLE runs and RLE bits, and the codes that differ from the zero
 * point (real value nonzero); per tile of operand B: nonzero codes.
 *
 * <p>Per-layer statistics: {@code panacea.hoSplitBits} (the DBS split: LO width, HO slices start at
 * this bit), {@code panacea.hoBits}, {@code panacea.zeroPoint} (after ZPM),
 * {@code panacea.calibratedZeroPoint}, {@code panacea.frequentHoValue},
 * {@code panacea.compensation} (compensator adds: frequent vectors x N outputs of their GEMM),
 * {@code panacea.compensatedVectors}, {@code panacea.skippableFraction},
 * {@code panacea.rleBits}, {@code panacea.hoDenseBits}, {@code panacea.mse} and
 * {@code panacea.calibratedMse} (activation MSE with and without ZPM, on the calibration sample).
 *
 * <p>Grouped and batched GEMMs (depthwise convolutions, attention heads) are quantized as one
 * layer: operands stacked over their groups, so one activation scale and zero point per layer.
 */
public final class PanaceaLayerQuantization implements LayerQuantization {

    private static final PanaceaConfig D = PanaceaConfig.defaults();
    /** A Panacea tile holds at most this many values (its per-tile counts are 16-bit). */
    private static final int MAX_TILE_VALUES = Short.MAX_VALUE;
    /** LO widths leave at least one HO bit of the 8-bit activation code. */
    private static final OptionRange LO_BITS = OptionRange.closed(1, D.activationBits() - 1);

    /**
     * The options of {@code panacea}; the defaults are {@link PanaceaConfig#defaults()}'s (documented, with
     * their sources, there). The operand precisions are the paper's uint8 x int8 and not options.
     */
    static final QuantizerDescriptor DESCRIPTOR = new QuantizerDescriptor("panacea",
            "Panacea's asymmetric bit slices: uint8 activations after ZPM and DBS, HO-slice and RLE statistics per"
                    + " tile (PAPERS.md section 4)",
            List.of(OptionSpec.flag("perChannelWeights", D.perChannelWeights(),
                            "one weight scale per output channel, else one per tensor"),
                    OptionSpec.integer("hoVectorLength", D.vectorLength(), OptionRange.closed(1, MAX_TILE_VALUES),
                            "values of an HO slice vector along K; tileK must be a multiple"),
                    OptionSpec.integer("loBits", D.defaultLoBits(), LO_BITS, "LO slice width when dbs is off"),
                    OptionSpec.flag("dbs", D.dbs(), "distribution-based bit-slicing: choose the LO width per layer"),
                    OptionSpec.integer("minLoBits", D.minLoBits(), LO_BITS, "smallest LO width DBS may choose"),
                    OptionSpec.integer("maxLoBits", D.maxLoBits(), LO_BITS, "largest LO width DBS may choose"),
                    OptionSpec.decimal("dbsCoverage", D.dbsCoverage(), OptionRange.openClosed(0, 1),
                            "DBS sizes the LO slice for the narrowest code window holding this share of values"),
                    OptionSpec.flag("zpm", D.zpm(), "zero-point manipulation"),
                    OptionSpec.decimal("zpmErrorBound", D.zpmErrorBound(), OptionRange.atLeast(0),
                            "largest MSE increase ZPM may cause, as a fraction of the tensor's mean square"),
                    OptionSpec.integer("runLengthBits", D.runLengthBits(), OptionRange.closed(1, 15),
                            "bits of a run-length field of the RLE stream"),
                    OptionSpec.integer("tileRows", D.tileRows(), OptionRange.closed(1, MAX_TILE_VALUES),
                            "rows (M) of a statistics tile; tileRows x tileK <= 32767"),
                    OptionSpec.integer("tileK", D.tileK(), OptionRange.closed(1, MAX_TILE_VALUES),
                            "values of a tile along K, a multiple of hoVectorLength"),
                    OptionSpec.integer("maxCalibrationVectors", D.maxCalibrationVectors(), OptionRange.atLeast(1),
                            "HO vectors sampled for DBS and ZPM, whole rows at an even stride")));

    /** The {@code panacea} quantizer as registered in {@code META-INF/services}. */
    public static final class Type extends DescribedQuantizerType {
        public Type() {
            super(DESCRIPTOR, PanaceaLayerQuantization::new);
        }
    }

    private final QuantizerSettings settings;
    private final PanaceaConfig config;

    /**
     * With settings of {@link #DESCRIPTOR}'s options (a trace records every tile, so the
     * config never samples tile rows).
     *
     * @throws IllegalArgumentException if the settings break a rule of {@link PanaceaConfig}
     */
    public PanaceaLayerQuantization(QuantizerSettings settings) {
        PanaceaConfig d = PanaceaConfig.defaults();
        this.settings = settings;
        this.config = new PanaceaConfig(d.activationBits(), d.weightBits(), settings.flag("perChannelWeights"),
                settings.integer("hoVectorLength"), settings.integer("loBits"), settings.flag("dbs"),
                settings.integer("minLoBits"), settings.integer("maxLoBits"), settings.decimal("dbsCoverage"),
                settings.flag("zpm"), settings.decimal("zpmErrorBound"), settings.integer("runLengthBits"),
                settings.integer("tileRows"), settings.integer("tileK"), settings.integer("maxCalibrationVectors"), 0);
    }

    /** {@link PanaceaConfig#defaults()}: DBS and ZPM on, 16-value HO vectors, 1 x 64 tiles. */
    public PanaceaLayerQuantization() {
        this(QuantizerSettings.defaults(DESCRIPTOR));
    }

    public PanaceaConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "panacea";
    }

    @Override
    public SortedMap<String, String> settings() {
        return settings.asText();
    }

    /** The operand precisions, fixed at the paper's uint8 activations and int8 weights. */
    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("activationBits", Integer.toString(config.activationBits()));
        p.put("weightBits", Integer.toString(config.weightBits()));
        return p;
    }

    @Override
    public java.util.Set<TileField> tileFields() {
        return java.util.EnumSet.of(TileField.NONZERO, TileField.HO_SLICES);
    }

    @Override
    public QuantizedLayer quantize(LayerOperands operands) {
        GemmOperand a = operands.a();
        GemmOperand b = operands.b();
        OperandMatrix.requireAlignedTiles(operands, a, config.tileRows(), name());
        OperandMatrix.requireAlignedTiles(operands, b, config.tileRows(), name());
        boolean perChannel = config.perChannelWeights() && operands.layer().hasWeights();
        PanaceaConfig layerConfig = perChannel == config.perChannelWeights() ? config : withPerTensorB(config);
        PanaceaLayerResult r = new PanaceaQuantizer(layerConfig)
                .quantizeLayer(OperandMatrix.stacked(a), OperandMatrix.stacked(b));

        TileGrid gridA = TileScanner.grid(a, config.tileRows(), config.tileK(), config.vectorLength());
        if (r.tileCount() != gridA.tiles()) {
            throw new IllegalStateException("panacea: " + r.tileCount() + " Panacea tiles for a trace grid of "
                    + gridA.tiles() + " tiles in layer " + operands.layerIndex());
        }
        TileColumns ca = TileColumns.allocate(r.tileCount(), EnumSet.of(TileField.NONZERO, TileField.HO_SLICES));
        byte[] codes = r.activationCodes();
        int[] runOffset = r.tileRunOffset();
        for (int t = 0; t < r.tileCount(); t++) {
            ca.hoZeroVectors()[t] = r.tileZeroVectors()[t];
            ca.hoFrequentVectors()[t] = r.tileFrequentVectors()[t];
            ca.rleRuns()[t] = runOffset[t + 1] - runOffset[t];
            ca.rleBits()[t] = r.tileRleBits()[t];
            ca.nonzero()[t] = countDifferent(codes, a.cols(), r.tileRowStart(t), gridA.tileRows(), r.tileColStart(t),
                    gridA.tileCols(), r.zeroPoint(), 0xff);
        }

        TileGrid gridB = TileScanner.grid(b, config.tileRows(), config.tileK(), 0);
        TileColumns cb = TileColumns.allocate(Math.toIntExact(gridB.tiles()), EnumSet.of(TileField.NONZERO));
        byte[] weightCodes = r.weightCodes();
        int rowTiles = gridB.rowTiles() * b.groups();
        int colTiles = gridB.colTiles();
        for (int rt = 0, t = 0; rt < rowTiles; rt++) {
            for (int ct = 0; ct < colTiles; ct++, t++) {
                cb.nonzero()[t] = countDifferent(weightCodes, b.cols(), rt * gridB.tileRows(), gridB.tileRows(),
                        ct * gridB.tileCols(), gridB.tileCols(), 0, -1);
            }
        }

        double[] ws = r.weightScales();
        float[] weightScales = new float[ws.length];
        for (int i = 0; i < ws.length; i++) {
            weightScales[i] = (float) ws[i];
        }
        List<TensorDescriptor> descriptors = List.of(
                TensorDescriptor.perTensor(a.role(), "uint" + config.activationBits(), config.activationBits(),
                        (float) r.activationScale(), r.zeroPoint()),
                new TensorDescriptor(b.role(), "int" + config.weightBits(), config.weightBits(), perChannel,
                        weightScales, new int[] {0}));

        SortedMap<String, Double> stats = new TreeMap<>();
        stats.put("panacea.hoSplitBits", (double) r.loBits());
        stats.put("panacea.hoBits", (double) r.hoBits());
        stats.put("panacea.zeroPoint", (double) r.zeroPoint());
        stats.put("panacea.calibratedZeroPoint", (double) r.calibratedZeroPoint());
        stats.put("panacea.frequentHoValue", (double) r.frequentValue());
        // one add per frequent vector and output of its own GEMM (N, not N x groups when stacked)
        stats.put("panacea.compensation", (double) r.compensatedVectors() * operands.gemm().n());
        stats.put("panacea.compensatedVectors", (double) r.compensatedVectors());
        stats.put("panacea.skippableFraction", r.skippableFraction());
        stats.put("panacea.rleBits", (double) r.hoRleBits());
        stats.put("panacea.hoDenseBits", (double) r.hoDenseBits());
        stats.put("panacea.mse", r.mse());
        stats.put("panacea.calibratedMse", r.calibratedMse());
        return new QuantizedLayer(descriptors,
                List.of(new OperandTiles(a.role(), gridA, ca), new OperandTiles(b.role(), gridB, cb)), stats);
    }

    /** Codes of a tile of a row-major code matrix that differ from {@code zero} (after {@code & mask}). */
    private static int countDifferent(byte[] codes, int cols, int row0, int tileRows, int col0, int tileCols, int zero,
                                      int mask) {
        int rows = codes.length / cols;
        int r1 = Math.min(rows, row0 + tileRows);
        int c1 = Math.min(cols, col0 + tileCols);
        int count = 0;
        for (int r = row0; r < r1; r++) {
            int base = r * cols;
            for (int c = col0; c < c1; c++) {
                if ((codes[base + c] & mask) != zero) {
                    count++;
                }
            }
        }
        return count;
    }

    private static PanaceaConfig withPerTensorB(PanaceaConfig c) {
        return new PanaceaConfig(c.activationBits(), c.weightBits(), false, c.vectorLength(), c.defaultLoBits(), c.dbs(),
                c.minLoBits(), c.maxLoBits(), c.dbsCoverage(), c.zpm(), c.zpmErrorBound(), c.runLengthBits(),
                c.tileRows(), c.tileK(), c.maxCalibrationVectors(), c.maxTileRows());
    }
}
