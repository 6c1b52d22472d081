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

    /**
     * HO slice vector length along K: 16 values, the default the issue for the Panacea model sets
     * (issue 3, "vector length configurable, default 16 along K"; {@link PanaceaConfig#defaults()}).
     */
    public static final int HO_VECTOR_LENGTH = 16;

    private final PanaceaConfig config;

    /**
     * @throws IllegalArgumentException if the config samples tile rows: a trace needs every tile
     */
    public PanaceaLayerQuantization(PanaceaConfig config) {
        if (config.maxTileRows() != 0) {
            throw new IllegalArgumentException("panacea: a trace records every tile; maxTileRows must be 0 (all), got "
                    + config.maxTileRows());
        }
        this.config = config;
    }

    /** {@link PanaceaConfig#defaults()}: DBS and ZPM on, 16-value HO vectors, 1 x 64 tiles. */
    public PanaceaLayerQuantization() {
        this(PanaceaConfig.defaults().withVectors(HO_VECTOR_LENGTH, 1, 64));
    }

    /**
     * From {@code --param} options (defaults of {@link PanaceaConfig#defaults()}):
     * {@code hoVectorLength}, {@code tileRows}, {@code tileK}, {@code dbs}, {@code zpm},
     * {@code zpmErrorBound}, {@code loBits} (the split when DBS is off), {@code minLoBits},
     * {@code maxLoBits}, {@code dbsCoverage}, {@code perChannelWeights}, {@code runLengthBits},
     * {@code maxCalibrationVectors}.
     */
    public static PanaceaLayerQuantization fromOptions(QuantizerOptions options) {
        PanaceaConfig d = PanaceaConfig.defaults();
        PanaceaConfig c = new PanaceaConfig(d.activationBits(), d.weightBits(),
                options.flag("perChannelWeights", d.perChannelWeights()),
                options.integer("hoVectorLength", HO_VECTOR_LENGTH), options.integer("loBits", d.defaultLoBits()),
                options.flag("dbs", d.dbs()), options.integer("minLoBits", d.minLoBits()),
                options.integer("maxLoBits", d.maxLoBits()), options.decimal("dbsCoverage", d.dbsCoverage()),
                options.flag("zpm", d.zpm()), options.decimal("zpmErrorBound", d.zpmErrorBound()),
                options.integer("runLengthBits", d.runLengthBits()), options.integer("tileRows", d.tileRows()),
                options.integer("tileK", d.tileK()),
                options.integer("maxCalibrationVectors", d.maxCalibrationVectors()), 0);
        options.requireAllKnown();
        return new PanaceaLayerQuantization(c);
    }

    public PanaceaConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "panacea";
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("activationBits", Integer.toString(config.activationBits()));
        p.put("weightBits", Integer.toString(config.weightBits()));
        p.put("perChannelWeights", Boolean.toString(config.perChannelWeights()));
        p.put("hoVectorLength", Integer.toString(config.vectorLength()));
        p.put("defaultLoBits", Integer.toString(config.defaultLoBits()));
        p.put("dbs", Boolean.toString(config.dbs()));
        p.put("loBitsRange", config.minLoBits() + ".." + config.maxLoBits());
        p.put("dbsCoverage", Double.toString(config.dbsCoverage()));
        p.put("zpm", Boolean.toString(config.zpm()));
        p.put("zpmErrorBound", Double.toString(config.zpmErrorBound()));
        p.put("runLengthBits", Integer.toString(config.runLengthBits()));
        p.put("tileRows", Integer.toString(config.tileRows()));
        p.put("tileK", Integer.toString(config.tileK()));
        p.put("maxCalibrationVectors", Integer.toString(config.maxCalibrationVectors()));
        return p;
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
