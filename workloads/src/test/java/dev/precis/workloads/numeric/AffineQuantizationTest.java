package dev.precis.workloads.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AffineQuantizationTest {

    @Test
    void asymmetricRepresentsZeroExactlyAndSpansTheRange() {
        float[] x = {-1.0f, -0.5f, 0f, 1.0f, 2.0f, 3.0f};
        AffineQuantization q = AffineQuantization.asymmetric(8, x, 1);
        assertThat(q.scales()[0]).isCloseTo(4.0 / 255, within(1e-12));
        assertThat(q.zeroPoints()[0]).isEqualTo(64); // round(1 / (4/255)) = round(63.75)
        assertThat(q.dequantize(0, q.quantize(0, 0.0))).isEqualTo(0.0);
        assertThat(q.quantize(0, -1.0)).isEqualTo(0);
        assertThat(q.quantize(0, 3.0)).isEqualTo(255);
        assertThat(q.quantize(0, 100.0)).isEqualTo(255);
    }

    @Test
    void symmetricPerChannelHasOneScalePerOutputChannel() {
        float[] w = {1f, -2f, 0.5f, 0.25f, -0.1f, 0.05f};
        AffineQuantization q = AffineQuantization.symmetric(8, w, 2);
        assertThat(q.scales()).containsExactly(2.0 / 127, 0.25 / 127);
        assertThat(q.quantize(0, -2.0)).isEqualTo(-127);
        assertThat(q.quantize(1, 0.25)).isEqualTo(127);
        assertThat(q.channelOf(4, 6)).isEqualTo(1);
        assertThat(q.zeroPoints()).containsOnly(0);
    }

    @Test
    void roundingIsHalfUp() {
        AffineQuantization q = new AffineQuantization(8, true, new double[] {1.0}, new int[] {0}, -127, 127);
        assertThat(q.quantize(0, 2.5)).isEqualTo(3);
        assertThat(q.quantize(0, -2.5)).isEqualTo(-2);
    }

    @Test
    void perChannelQuantizationHasLowerErrorOnChannelsOfDifferentRanges() {
        float[] w = new float[200];
        for (int i = 0; i < 100; i++) {
            w[i] = (float) Math.sin(i) * 10f;
            w[100 + i] = (float) Math.cos(i) * 0.01f;
        }
        double perTensor = AffineQuantization.symmetric(4, w, 1).mse(w);
        double perChannel = AffineQuantization.symmetric(4, w, 2).mse(w);
        assertThat(perChannel).isLessThan(perTensor);
    }

    @Test
    void unevenChannelSplitIsRejected() {
        assertThatThrownBy(() -> AffineQuantization.symmetric(8, new float[5], 2))
                .hasMessageContaining("5 values cannot be split into 2");
    }
}
