package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.FloatTensor;
import org.junit.jupiter.api.Test;

class StaticIntQuantizerTest {

    @Test
    void int8UsesOneWeightScalePerChannelAndOneActivationScale() {
        FloatTensor w = FloatTensor.matrix(SeededData.gaussian(71, 8 * 64, 0.1), 8, 64);
        FloatTensor a = FloatTensor.matrix(SeededData.rectifiedGaussian(72, 16 * 64, 0, 1), 16, 64);
        IntLayerResult r = StaticIntQuantizer.int8().quantizeLayer(w, a);
        assertThat(r.weights().channels()).isEqualTo(8);
        assertThat(r.activations().channels()).isEqualTo(1);
        assertThat(r.weightCodes()).hasSize(512);
        assertThat(r.weightMse()).isLessThan(1e-5);
        // about half of the rectified activations are exactly zero
        assertThat(r.activationNonzeros()).isBetween(400L, 624L);
    }

    @Test
    void asymmetricActivationsSpendTheirCodesOnTheObservedRange() {
        FloatTensor w = FloatTensor.matrix(SeededData.gaussian(73, 4 * 64, 0.1), 4, 64);
        float[] shifted = SeededData.gaussian(74, 16 * 64, 1.0);
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 5f; // all positive, far from zero
        }
        FloatTensor a = FloatTensor.matrix(shifted, 16, 64);
        IntLayerResult sym = new StaticIntQuantizer(4, false).quantizeLayer(w, a);
        IntLayerResult asym = new StaticIntQuantizer(4, true).quantizeLayer(w, a);
        assertThat(asym.activationMse()).isLessThan(sym.activationMse());
        assertThat(asym.activations().zeroPoints()[0]).isZero(); // range widened to include 0
    }

    @Test
    void bitsOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> new StaticIntQuantizer(1, false)).hasMessageContaining("bits");
    }
}
