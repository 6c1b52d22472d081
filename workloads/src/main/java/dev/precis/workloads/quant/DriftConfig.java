package dev.precis.workloads.quant;

import java.util.Arrays;

/**
 * Parameters of the Drift dynamic-precision model (our reconstruction: only Drift's abstract is
 * public, see PAPERS.md section 3).
 *
 * @param staticBits precision of the static per-layer quantization (8: Drift starts from 8-bit
 *     statically quantized models)
 * @param precisions runtime precisions a tile may get, ascending, the last equal to staticBits
 *     (default {2, 4, 6, 8}: the 2-bit steps of a BitFusion-style array, PAPERS.md section 3)
 * @param groupSizeK values of a tile along K (default 64)
 * @param tileRows rows (M) of a tile (default 1: a tile is one 64-value group of a row)
 * @param maxErrorLsb largest accepted |lowered - static| per value, in static LSBs (default 0: exact)
 * @param outlierFraction fraction of a tile's values allowed to exceed maxErrorLsb (kept aside at
 *     full precision, outlier-aware). Default 0.03: our choice, the outlier share of OLAccel's
 *     outlier-aware quantization (Park et al., ISCA 2018), Drift's outlier-aware predecessor
 * @param maxTileRows process at most this many tile rows, taken at an even stride (0 = all): a
 *     sample of a large tensor
 */
public record DriftConfig(int staticBits, int[] precisions, int groupSizeK, int tileRows, int maxErrorLsb,
                          double outlierFraction, int maxTileRows) {

    public DriftConfig {
        precisions = precisions.clone();
        if (staticBits < 2 || staticBits > 8) {
            throw new IllegalArgumentException("Drift: staticBits must be in 2..8, got " + staticBits);
        }
        if (precisions.length == 0 || precisions[precisions.length - 1] != staticBits) {
            throw new IllegalArgumentException("Drift: precisions must end with staticBits " + staticBits
                    + ", got " + Arrays.toString(precisions));
        }
        for (int i = 0; i < precisions.length; i++) {
            if (precisions[i] < 1 || (i > 0 && precisions[i] <= precisions[i - 1])) {
                throw new IllegalArgumentException("Drift: precisions must be positive and ascending, got "
                        + Arrays.toString(precisions));
            }
        }
        if (groupSizeK < 1 || tileRows < 1) {
            throw new IllegalArgumentException("Drift: groupSizeK and tileRows must be positive, got "
                    + groupSizeK + ", " + tileRows);
        }
        if ((long) groupSizeK * tileRows > Short.MAX_VALUE) {
            throw new IllegalArgumentException("Drift: a tile holds at most " + Short.MAX_VALUE + " values, got "
                    + tileRows + " x " + groupSizeK);
        }
        if (maxErrorLsb < 0 || !(outlierFraction >= 0 && outlierFraction < 1) || maxTileRows < 0) {
            throw new IllegalArgumentException("Drift: need maxErrorLsb >= 0, 0 <= outlierFraction < 1, maxTileRows >= 0; got "
                    + maxErrorLsb + ", " + outlierFraction + ", " + maxTileRows);
        }
    }

    /** The defaults documented on the parameters. */
    public static DriftConfig defaults() {
        return new DriftConfig(8, new int[] {2, 4, 6, 8}, 64, 1, 0, 0.03, 0);
    }

    @Override
    public int[] precisions() {
        return precisions.clone();
    }

    /** Same settings with another outlier fraction. */
    public DriftConfig withOutlierFraction(double fraction) {
        return new DriftConfig(staticBits, precisions, groupSizeK, tileRows, maxErrorLsb, fraction, maxTileRows);
    }

    /** Same settings with another tile shape. */
    public DriftConfig withTile(int rows, int groupK) {
        return new DriftConfig(staticBits, precisions, groupK, rows, maxErrorLsb, outlierFraction, maxTileRows);
    }

    /** Same settings with a sample limit. */
    public DriftConfig withMaxTileRows(int rows) {
        return new DriftConfig(staticBits, precisions, groupSizeK, tileRows, maxErrorLsb, outlierFraction, rows);
    }

    /** Same settings with another error bound. */
    public DriftConfig withMaxErrorLsb(int lsb) {
        return new DriftConfig(staticBits, precisions, groupSizeK, tileRows, lsb, outlierFraction, maxTileRows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriftConfig c && staticBits == c.staticBits && Arrays.equals(precisions, c.precisions)
                && groupSizeK == c.groupSizeK && tileRows == c.tileRows && maxErrorLsb == c.maxErrorLsb
                && Double.compare(outlierFraction, c.outlierFraction) == 0 && maxTileRows == c.maxTileRows;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(precisions) * 31 + Double.hashCode(outlierFraction) + 7 * groupSizeK + tileRows;
    }

    @Override
    public String toString() {
        return "DriftConfig[staticBits=" + staticBits + ", precisions=" + Arrays.toString(precisions) + ", groupSizeK="
                + groupSizeK + ", tileRows=" + tileRows + ", maxErrorLsb=" + maxErrorLsb + ", outlierFraction="
                + outlierFraction + ", maxTileRows=" + maxTileRows + "]";
    }
}
