package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.FloatTensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PanaceaQuantizerTest {
    private static final int M = 256;
    private static final int K = 256;
    private static final FloatTensor WEIGHTS = FloatTensor.matrix(SeededData.gaussian(41, 32 * K, 0.05), 32, K);

    private static PanaceaLayerResult run(PanaceaConfig cfg, float[] activations) {
        return new PanaceaQuantizer(cfg).quantizeLayer(FloatTensor.matrix(activations, M, K), WEIGHTS);
    }

    private static double meanSquare(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return s / x.length;
    }

    /** Transformer-like activations: Gaussian with a few outlier channels that set the range. */
    private static float[] outlierChannelActivations() {
        float[] x = SeededData.gaussian(42, M * K, 1.0);
        for (int i = 0; i < x.length; i++) {
            if (i % K < 4) {
                x[i] *= 20;
            }
        }
        return x;
    }

    @Test
    void zpmCollapsesHoSlicesOntoTheFrequentValueWhenOutlierChannelsCentreTheZeroPoint() {
        float[] x = outlierChannelActivations();
        PanaceaConfig fixedSplit = PanaceaConfig.defaults().withOptimisations(false, false);
        PanaceaLayerResult without = run(fixedSplit, x);
        PanaceaLayerResult with = run(fixedSplit.withOptimisations(false, true), x);
        assertThat(without.loBits()).isEqualTo(4);
        assertThat(without.skippableFraction()).isLessThan(0.05);
        assertThat(with.skippableFraction()).isGreaterThan(0.8);
        assertThat(with.zeroPoint()).isNotEqualTo(with.calibratedZeroPoint());
        assertThat(with.frequentValue()).isNotZero();
        assertThat(with.mse() - with.calibratedMse()).isLessThanOrEqualTo(1e-4 * meanSquare(x));
        assertThat(with.hoRleBits()).isLessThan(without.hoRleBits() / 4);
    }

    @Test
    void zpmRaisesTheSkippableShareOfGeluRectifiedActivationsWithinItsErrorBound() {
        float[] x = SeededData.gelu(43, M * K, 1.0);
        PanaceaConfig loose = PanaceaConfig.defaults().withZpmErrorBound(1e-2);
        PanaceaLayerResult without = run(loose.withOptimisations(true, false), x);
        PanaceaLayerResult with = run(loose, x);
        assertThat(with.skippableFraction()).isGreaterThan(without.skippableFraction() * 1.2);
        assertThat(with.zeroPoint()).isLessThan(with.calibratedZeroPoint()); // clips part of the negative tail
        assertThat(with.mse() - with.calibratedMse()).isLessThanOrEqualTo(1e-2 * meanSquare(x));
    }

    @Test
    void zpmKeepsZeroPointZeroOnReluActivationsAndNeverLowersTheShare() {
        float[] x = SeededData.rectifiedGaussian(44, M * K, 0, 1.0);
        PanaceaLayerResult without = run(PanaceaConfig.defaults().withOptimisations(true, false), x);
        PanaceaLayerResult with = run(PanaceaConfig.defaults(), x);
        assertThat(with.calibratedZeroPoint()).isZero();
        assertThat(with.zeroPoint()).isZero();
        assertThat(with.skippableFraction()).isEqualTo(without.skippableFraction());
        assertThat(with.frequentValue()).isZero();
        assertThat(with.frequentVectors()).isZero();
        assertThat(with.zeroVectors()).isPositive();
    }

    @Test
    void dbsGivesWideDistributionsMoreLoBitsThanPeakedOnes() {
        PanaceaLayerResult wide = run(PanaceaConfig.defaults(), SeededData.rectifiedGaussian(45, M * K, 0, 1.0));
        PanaceaLayerResult peaked = run(PanaceaConfig.defaults(), SeededData.studentT(46, M * K, 3.0));
        assertThat(wide.loBits()).isEqualTo(6);
        assertThat(peaked.loBits()).isLessThan(wide.loBits());
        assertThat(wide.hoBits() + wide.loBits()).isEqualTo(8);
        PanaceaLayerResult fixed = run(PanaceaConfig.defaults().withOptimisations(false, false), SeededData.rectifiedGaussian(45, M * K, 0, 1.0));
        assertThat(wide.skippableFraction()).isGreaterThan(fixed.skippableFraction());
    }

    @Test
    void vectorsRunsRleSizeAndCompensationFollowTheSlices() {
        float[] row = new float[64];
        Arrays.fill(row, 16, 48, 17f);  // two vectors with HO slice 1
        Arrays.fill(row, 48, 64, 17f);
        row[48] = 255f;                  // one HO slice of 15: an "other" vector
        FloatTensor a = FloatTensor.matrix(row, 1, 64);
        FloatTensor w = FloatTensor.matrix(SeededData.gaussian(47, 3 * 64, 1.0), 3, 64);
        PanaceaLayerResult r = new PanaceaQuantizer(PanaceaConfig.defaults().withOptimisations(false, false)).quantizeLayer(a, w);
        assertThat(r.activationScale()).isEqualTo(1.0);
        assertThat(r.zeroPoint()).isZero();
        assertThat(r.frequentValue()).isEqualTo(1);
        assertThat(r.tileCount()).isEqualTo(1);
        assertThat(r.zeroVectors()).isEqualTo(1);
        assertThat(r.frequentVectors()).isEqualTo(2);
        assertThat(r.otherVectors()).isEqualTo(1);
        assertThat(r.runKinds()).containsExactly(PanaceaConfig.VECTOR_ZERO, PanaceaConfig.VECTOR_FREQUENT, PanaceaConfig.VECTOR_OTHER);
        assertThat(r.runLengths()).containsExactly((short) 1, (short) 2, (short) 1);
        assertThat(r.tileRunOffset()).containsExactly(0, 3);
        assertThat(r.hoRleBits()).isEqualTo(3 * (2 + 4) + 16 * 4);
        assertThat(r.tileHoNonzeros()[0]).isEqualTo((short) 48);
        assertThat(r.tileLoNonzeros()[0]).isEqualTo((short) 48);
        assertThat(r.skippableFraction()).isEqualTo(0.75);
        assertThat(r.compensatedVectors()).isEqualTo(2);
        assertThat(r.compensationAdds()).isEqualTo(2 * 3);
    }

    @Test
    void longRunsAreSplitByTheRunLengthField() {
        float[] row = new float[1024];
        row[0] = 255f; // range [0, 255], every other value zero: 63 zero vectors after one other
        PanaceaConfig cfg = PanaceaConfig.defaults().withOptimisations(false, false).withVectors(16, 1, 1024);
        PanaceaLayerResult r = new PanaceaQuantizer(cfg).quantizeLayer(FloatTensor.matrix(row, 1, 1024),
                FloatTensor.matrix(new float[1024], 1, 1024));
        assertThat(r.runLengths()).containsExactly((short) 1, (short) 63);
        // the run of 63 needs four 16-vector pieces
        assertThat(r.hoRleBits()).isEqualTo(6 + 4 * 6 + 16 * 4);
    }

    @Test
    void weightsAreSymmetricInt8PerOutputChannel() {
        PanaceaLayerResult r = run(PanaceaConfig.defaults(), SeededData.gelu(48, M * K, 1.0));
        assertThat(r.weightScales()).hasSize(32);
        int max = 0;
        for (byte b : r.weightCodes()) {
            max = Math.max(max, Math.abs(b));
            assertThat((int) b).isGreaterThanOrEqualTo(-127);
        }
        assertThat(max).isEqualTo(127);
    }

    @Test
    void samplingKeepsTheLayerDescriptorAndProcessesFewerTiles() {
        float[] x = outlierChannelActivations();
        PanaceaLayerResult full = run(PanaceaConfig.defaults(), x);
        PanaceaLayerResult sample = run(PanaceaConfig.defaults().withMaxTileRows(32), x);
        assertThat(sample.zeroPoint()).isEqualTo(full.zeroPoint());
        assertThat(sample.loBits()).isEqualTo(full.loBits());
        assertThat(sample.tileCount()).isEqualTo(32 * (K / 64));
        assertThat(sample.tileRowStart(sample.tilesK())).isEqualTo(8);
        assertThat(sample.skippableFraction()).isCloseTo(full.skippableFraction(), org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void sameInputGivesIdenticalStatistics() {
        float[] x = SeededData.studentT(49, M * K, 3.0);
        PanaceaLayerResult a = run(PanaceaConfig.defaults(), x);
        PanaceaLayerResult b = run(PanaceaConfig.defaults(), x.clone());
        assertThat(a.runLengths()).isEqualTo(b.runLengths());
        assertThat(a.activationCodes()).isEqualTo(b.activationCodes());
        assertThat(a.zeroPoint()).isEqualTo(b.zeroPoint());
    }

    @Test
    void mismatchedInnerDimensionIsRejected() {
        assertThatThrownBy(() -> new PanaceaQuantizer(PanaceaConfig.defaults())
                .quantizeLayer(FloatTensor.matrix(new float[8], 2, 4), FloatTensor.matrix(new float[6], 2, 3)))
                .hasMessageContaining("K = 4").hasMessageContaining("K = 3");
    }
}
