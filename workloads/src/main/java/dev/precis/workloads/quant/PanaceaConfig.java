package dev.precis.workloads.quant;

/**
 * Parameters of the Panacea bit-slice model (Kam et al., HPCA 2025, arXiv 2412.10059; our
 * reconstruction where the paper's details are not public, see PAPERS.md section 4).
 *
 * @param activationBits asymmetric unsigned activation precision (8, the paper's uint8)
 * @param weightBits symmetric signed weight precision (8, the paper's int8)
 * @param perChannelWeights one weight scale per output channel (true) or per tensor
 * @param vectorLength values of an HO slice vector along K (default 16)
 * @param defaultLoBits LO slice bits when DBS is off (4: an 8-bit code as two 4-bit slices, the
 *     split of symmetric bit-slice accelerators such as Sibia)
 * @param dbs distribution-based bit-slicing: choose the LO width per layer
 * @param minLoBits smallest LO width DBS may choose
 * @param maxLoBits largest LO width DBS may choose (HO keeps at least activationBits - maxLoBits bits)
 * @param dbsCoverage DBS takes the narrowest window of codes holding this share of the values and
 *     sets the LO width to the bits that window needs (our choice: 0.99, so that
 *     a 16-value vector falls in one HO bin with a good chance: 0.99^16 = 0.85)
 * @param zpm zero-point manipulation on or off
 * @param zpmErrorBound ZPM may raise the quantization MSE by at most this fraction of the tensor's
 *     mean square (our choice: 1e-4, about the 8-bit quantization noise of a Gaussian tensor)
 * @param runLengthBits bits of a run-length field of the RLE stream (runs longer than
 *     2^runLengthBits vectors are split); each run also carries a 2-bit kind
 * @param tileRows rows (M) of a statistics tile
 * @param tileK values of a tile along K, a multiple of vectorLength (runs never cross a tile)
 * @param maxCalibrationVectors HO vectors sampled (whole rows at an even stride) for DBS and ZPM
 *     (default 2048, i.e. 32768 values: a ResNet-50 pass stays under a second)
 * @param maxTileRows process at most this many tile rows, at an even stride (0 = all)
 */
public record PanaceaConfig(int activationBits, int weightBits, boolean perChannelWeights, int vectorLength,
                            int defaultLoBits, boolean dbs, int minLoBits, int maxLoBits, double dbsCoverage,
                            boolean zpm, double zpmErrorBound, int runLengthBits, int tileRows, int tileK,
                            int maxCalibrationVectors, int maxTileRows) {

    /** Kind of an HO slice vector whose slices are all zero. */
    public static final byte VECTOR_ZERO = 0;
    /** Kind of an HO slice vector whose slices all equal the layer's nonzero frequent value. */
    public static final byte VECTOR_FREQUENT = 1;
    /** Kind of any other HO slice vector (dense). */
    public static final byte VECTOR_OTHER = 2;

    public PanaceaConfig {
        if (activationBits < 2 || activationBits > 8 || weightBits < 2 || weightBits > 8) {
            throw new IllegalArgumentException("Panacea: activation and weight bits must be in 2..8, got "
                    + activationBits + ", " + weightBits);
        }
        if (vectorLength < 1 || tileRows < 1 || tileK < vectorLength || tileK % vectorLength != 0) {
            throw new IllegalArgumentException("Panacea: need vectorLength >= 1, tileRows >= 1 and tileK a multiple of "
                    + "vectorLength; got " + vectorLength + ", " + tileRows + ", " + tileK);
        }
        if ((long) tileRows * tileK > Short.MAX_VALUE) {
            throw new IllegalArgumentException("Panacea: a tile holds at most " + Short.MAX_VALUE + " values");
        }
        if (minLoBits < 1 || maxLoBits < minLoBits || maxLoBits >= activationBits
                || defaultLoBits < 1 || defaultLoBits >= activationBits) {
            throw new IllegalArgumentException("Panacea: LO bits must satisfy 1 <= min <= max < activationBits and "
                    + "1 <= default < activationBits; got min " + minLoBits + ", max " + maxLoBits + ", default " + defaultLoBits);
        }
        if (!(dbsCoverage > 0 && dbsCoverage <= 1) || !(zpmErrorBound >= 0)) {
            throw new IllegalArgumentException("Panacea: need 0 < dbsCoverage <= 1 and zpmErrorBound >= 0; got "
                    + dbsCoverage + ", " + zpmErrorBound);
        }
        if (runLengthBits < 1 || runLengthBits > 15 || maxCalibrationVectors < 1 || maxTileRows < 0) {
            throw new IllegalArgumentException("Panacea: need 1 <= runLengthBits <= 15, maxCalibrationVectors >= 1, "
                    + "maxTileRows >= 0; got " + runLengthBits + ", " + maxCalibrationVectors + ", " + maxTileRows);
        }
    }

    /** The defaults documented on the parameters: DBS and ZPM on, 16-value vectors, 1 x 64 tiles. */
    public static PanaceaConfig defaults() {
        return new PanaceaConfig(8, 8, true, 16, 4, true, 2, 6, 0.99, true, 1e-4, 4, 1, 64, 2048, 0);
    }

    /** Same settings with DBS and ZPM switched. */
    public PanaceaConfig withOptimisations(boolean useDbs, boolean useZpm) {
        return new PanaceaConfig(activationBits, weightBits, perChannelWeights, vectorLength, defaultLoBits, useDbs,
                minLoBits, maxLoBits, dbsCoverage, useZpm, zpmErrorBound, runLengthBits, tileRows, tileK,
                maxCalibrationVectors, maxTileRows);
    }

    /** Same settings with another fixed LO width (used when DBS is off). */
    public PanaceaConfig withDefaultLoBits(int loBits) {
        return new PanaceaConfig(activationBits, weightBits, perChannelWeights, vectorLength, loBits, dbs,
                minLoBits, maxLoBits, dbsCoverage, zpm, zpmErrorBound, runLengthBits, tileRows, tileK,
                maxCalibrationVectors, maxTileRows);
    }

    /** Same settings with another vector length and tile shape. */
    public PanaceaConfig withVectors(int length, int rows, int k) {
        return new PanaceaConfig(activationBits, weightBits, perChannelWeights, length, defaultLoBits, dbs,
                minLoBits, maxLoBits, dbsCoverage, zpm, zpmErrorBound, runLengthBits, rows, k,
                maxCalibrationVectors, maxTileRows);
    }

    /** Same settings with a sample limit. */
    public PanaceaConfig withMaxTileRows(int rows) {
        return new PanaceaConfig(activationBits, weightBits, perChannelWeights, vectorLength, defaultLoBits, dbs,
                minLoBits, maxLoBits, dbsCoverage, zpm, zpmErrorBound, runLengthBits, tileRows, tileK,
                maxCalibrationVectors, rows);
    }

    /** Same settings with another ZPM error bound. */
    public PanaceaConfig withZpmErrorBound(double bound) {
        return new PanaceaConfig(activationBits, weightBits, perChannelWeights, vectorLength, defaultLoBits, dbs,
                minLoBits, maxLoBits, dbsCoverage, zpm, bound, runLengthBits, tileRows, tileK,
                maxCalibrationVectors, maxTileRows);
    }
}
