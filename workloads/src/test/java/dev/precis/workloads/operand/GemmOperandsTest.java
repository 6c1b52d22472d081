package dev.precis.workloads.operand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;
import org.junit.jupiter.api.Test;

/** The GEMM views reproduce the layer's arithmetic: A-row . B-row equals a directly computed output. */
class GemmOperandsTest {

    private final SyntheticTensorSource source = new SyntheticTensorSource(3, SyntheticTensorConfig.defaults());

    @Test
    void im2colTimesWeightsEqualsDirectGroupedStridedPaddedConvolution() {
        ConvLayer conv = ConvLayer.of("c", 6, 7, 9, 4, 3, 2, 2, 1, 1, 0, 2, ActivationKind.LINEAR);
        int batch = 2;
        FloatTensor x = source.input(conv, 0, batch);
        FloatTensor w = source.operandB(conv, 0, batch);
        GemmOperand a = GemmOperands.a(conv, batch, x);
        GemmOperand b = GemmOperands.b(conv, batch, w);
        assertThat(a.rows()).isEqualTo(batch * conv.outHeight() * conv.outWidth());
        assertThat(a.cols()).isEqualTo(b.cols());
        float[] aRow = new float[a.cols()];
        float[] bRow = new float[b.cols()];
        int icPerGroup = conv.inChannels() / conv.groups();
        int ocPerGroup = conv.outChannels() / conv.groups();
        for (int g = 0; g < conv.groups(); g++) {
            for (int row = 0; row < a.rows(); row++) {
                a.readRow(g, row, aRow);
                int n = row / (conv.outHeight() * conv.outWidth());
                int oh = row / conv.outWidth() % conv.outHeight();
                int ow = row % conv.outWidth();
                for (int oc = 0; oc < ocPerGroup; oc++) {
                    b.readRow(g, oc, bRow);
                    double gemm = 0;
                    for (int k = 0; k < aRow.length; k++) {
                        gemm += (double) aRow[k] * bRow[k];
                    }
                    double direct = 0;
                    for (int ic = 0; ic < icPerGroup; ic++) {
                        for (int kh = 0; kh < conv.kernelHeight(); kh++) {
                            for (int kw = 0; kw < conv.kernelWidth(); kw++) {
                                int h = oh * conv.strideHeight() - conv.padHeight() + kh;
                                int wi = ow * conv.strideWidth() - conv.padWidth() + kw;
                                if (h < 0 || h >= conv.inHeight() || wi < 0 || wi >= conv.inWidth()) {
                                    continue;
                                }
                                int channel = g * icPerGroup + ic;
                                float xv = x.values()[((n * conv.inChannels() + channel) * conv.inHeight() + h)
                                        * conv.inWidth() + wi];
                                float wv = w.values()[(((g * ocPerGroup + oc) * icPerGroup + ic) * conv.kernelHeight()
                                        + kh) * conv.kernelWidth() + kw];
                                direct += (double) xv * wv;
                            }
                        }
                    }
                    assertThat(gemm).isCloseTo(direct, within(1e-9));
                }
            }
        }
    }

    @Test
    void attentionOperandBRowsAreColumnsOfTheStoredMatrix() {
        Layer scores = new MatMulLayer("s", 3, 5, 4, 2, ActivationKind.LINEAR, ActivationKind.LINEAR);
        FloatTensor kT = source.operandB(scores, 0, 2); // [2, 2, 4, 5]
        GemmOperand b = GemmOperands.b(scores, 2, kT);
        assertThat(b.groups()).isEqualTo(4);
        assertThat(b.rows()).isEqualTo(5);
        assertThat(b.cols()).isEqualTo(4);
        float[] row = new float[4];
        b.readRow(3, 2, row);
        for (int k = 0; k < 4; k++) {
            assertThat(row[k]).isEqualTo(kT.values()[(3 * 4 + k) * 5 + 2]);
        }
    }
}
