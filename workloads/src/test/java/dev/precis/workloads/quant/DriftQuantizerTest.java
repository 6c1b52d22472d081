package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.FloatTensor;
import org.junit.jupiter.api.Test;

class DriftQuantizerTest {
    private static final int M = 256;
    private static final int K = 512;

    @Test
    void precisionHistogramShiftsLowerOnNarrowerDistributionsUnderOneStaticScale() {
        double scale = 4.0 / 127; // calibrated for a unit-sigma layer
        DriftQuantizer drift = new DriftQuantizer(DriftConfig.defaults());
        double previousMean = Double.POSITIVE_INFINITY;
        long previousTwoBit = -1;
        for (double sigma : new double[] {1.0, 0.3, 0.1, 0.02}) {
            DriftLayerResult r = drift.quantize(FloatTensor.matrix(SeededData.gaussian(31, M * K, sigma), M, K), scale);
            assertThat(r.meanBits()).as("sigma %s", sigma).isLessThan(previousMean);
            assertThat(r.precisionHistogram().get(2)).isGreaterThanOrEqualTo(previousTwoBit);
            previousMean = r.meanBits();
            previousTwoBit = r.precisionHistogram().get(2);
        }
        assertThat(previousMean).isLessThan(4.0);
    }

    @Test
    void heavierTailsNeedFewerBitsPerTileWhenTheScaleIsCalibratedOnTheTensorItself() {
        DriftQuantizer drift = new DriftQuantizer(DriftConfig.defaults());
        DriftLayerResult gaussian = drift.quantize(FloatTensor.matrix(SeededData.gaussian(32, M * K, 1.0), M, K));
        DriftLayerResult heavy = drift.quantize(FloatTensor.matrix(SeededData.studentT(33, M * K, 2.0), M, K));
        assertThat(heavy.meanBits()).isLessThan(gaussian.meanBits());
    }

    @Test
    void eachTileGetsTheLowestPrecisionThatHoldsAllButTheAllowedOutliers() {
        DriftConfig cfg = DriftConfig.defaults().withTile(1, 8).withOutlierFraction(0.25); // 2 outliers per tile
        float[] x = {
            // tile 0: one code of 100 -> 2 fit in 2 bits? codes 0,1,-1,-2,0,1,100,0: one outlier beyond 2 bits
            0, 1, -1, -2, 0, 1, 100, 0,
            // tile 1: codes up to 7 need 4 bits; three of them -> more than 2 outliers at 2 bits
            7, 6, -8, 0, 0, 0, 0, 0,
            // tile 2: codes 31 (6 bits) x3 and one 127 -> 6 bits with one outlier
            31, 31, 31, 127, 0, 0, 0, 0,
            // tile 3: all zero
            0, 0, 0, 0, 0, 0, 0, 0};
        DriftLayerResult r = new DriftQuantizer(cfg).quantize(FloatTensor.matrix(x, 1, 32), 1.0);
        assertThat(r.tilePrecisionBits()).containsExactly(2, 4, 6, 2);
        assertThat(r.tileOutliers()).containsExactly(1, 0, 1, 0);
        assertThat(r.tileNonzeros()).containsExactly(5, 3, 4, 0);
        assertThat(r.tileColStart(2)).isEqualTo(16);
        assertThat(r.precisionHistogram()).containsEntry(2, 2L).containsEntry(4, 1L).containsEntry(6, 1L).containsEntry(8, 0L);
    }

    @Test
    void exactBoundWithoutOutliersKeepsTileOnlyWhenEveryCodeFits() {
        DriftConfig exact = DriftConfig.defaults().withTile(1, 4).withOutlierFraction(0.0);
        float[] x = {1, 1, 1, 2, 1, 1, 1, 1};
        DriftLayerResult r = new DriftQuantizer(exact).quantize(FloatTensor.matrix(x, 1, 8), 1.0);
        // unsigned codes: 2 bits hold 0..3
        assertThat(r.signed()).isFalse();
        assertThat(r.tilePrecisionBits()).containsExactly(2, 2);
        float[] y = {1, 1, 1, 4, 1, 1, 1, 1};
        assertThat(new DriftQuantizer(exact).quantize(FloatTensor.matrix(y, 1, 8), 1.0).tilePrecisionBits()).containsExactly(4, 2);
        DriftConfig loose = exact.withMaxErrorLsb(1);
        assertThat(new DriftQuantizer(loose).quantize(FloatTensor.matrix(y, 1, 8), 1.0).tilePrecisionBits()).containsExactly(2, 2);
    }

    @Test
    void twoDimensionalTilesAndEdgesAreCoveredOnce() {
        DriftConfig cfg = DriftConfig.defaults().withTile(4, 64);
        float[] x = SeededData.gaussian(34, 10 * 100, 1.0);
        DriftLayerResult r = new DriftQuantizer(cfg).quantize(FloatTensor.matrix(x, 10, 100));
        assertThat(r.tileCount()).isEqualTo(3 * 2);
        int values = 0;
        for (int t = 0; t < r.tileCount(); t++) {
            values += r.tileSize(t);
        }
        assertThat(values).isEqualTo(1000);
        assertThat(r.tileRowStart(5)).isEqualTo(8);
        assertThat(r.tileSize(5)).isEqualTo(2 * 36);
    }

    @Test
    void samplingProcessesEvenlySpacedTileRowsOnly() {
        float[] x = SeededData.gaussian(35, M * K, 1.0);
        DriftLayerResult full = new DriftQuantizer(DriftConfig.defaults()).quantize(FloatTensor.matrix(x, M, K));
        DriftLayerResult sample = new DriftQuantizer(DriftConfig.defaults().withMaxTileRows(16)).quantize(FloatTensor.matrix(x, M, K));
        assertThat(sample.tileRowIndex()).hasSize(16).startsWith(0, 16, 32);
        assertThat(sample.tileCount()).isEqualTo(16 * (K / 64));
        assertThat(sample.codes()).hasSize(16 * K);
        assertThat(sample.scale()).isEqualTo(full.scale());
        // the sampled tiles are the same tiles as in the full pass
        int fullTile = 16 * (K / 64) + 3;
        assertThat(sample.tilePrecisionBits()[K / 64 + 3]).isEqualTo(full.tilePrecisionBits()[fullTile]);
    }

    @Test
    void sameInputGivesIdenticalTiles() {
        float[] x = SeededData.laplace(36, M * K, 1.0);
        DriftLayerResult a = new DriftQuantizer(DriftConfig.defaults()).quantize(FloatTensor.matrix(x, M, K));
        DriftLayerResult b = new DriftQuantizer(DriftConfig.defaults()).quantize(FloatTensor.matrix(x.clone(), M, K));
        assertThat(a.tilePrecisionBits()).isEqualTo(b.tilePrecisionBits());
        assertThat(a.codes()).isEqualTo(b.codes());
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new DriftConfig(8, new int[] {2, 4}, 64, 1, 0, 0, 0)).hasMessageContaining("end with staticBits");
        assertThatThrownBy(() -> new DriftConfig(8, new int[] {4, 2, 8}, 64, 1, 0, 0, 0)).hasMessageContaining("ascending");
        assertThatThrownBy(() -> DriftConfig.defaults().withOutlierFraction(1.0)).hasMessageContaining("outlierFraction");
        assertThatThrownBy(() -> new DriftQuantizer(DriftConfig.defaults()).quantize(FloatTensor.matrix(new float[4], 2, 2), -1))
                .hasMessageContaining("scale");
    }
}
