package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.TensorRole;

/**
 * Operand A of a convolution, lowered by im2col without materialising it: row
 * r = (b x outH + oh) x outW + ow, column c = (ic' x kH + kh) x kW + kw within group g
 * (input channel ic = g x inC/groups + ic'); padding reads as zero.
 */
final class Im2colOperand implements GemmOperand {

    private final ConvLayer conv;
    private final FloatTensor input;
    private final int batch;
    private final int channelsPerGroup;

    Im2colOperand(ConvLayer conv, FloatTensor input, int batch) {
        this.conv = conv;
        this.input = input;
        this.batch = batch;
        this.channelsPerGroup = conv.inChannels() / conv.groups();
        if ((long) batch * conv.inChannels() * conv.inHeight() * conv.inWidth() != input.size()) {
            throw new IllegalArgumentException(input + " is not the input of " + conv.name() + " at batch " + batch);
        }
    }

    @Override
    public TensorRole role() {
        return TensorRole.INPUT;
    }

    @Override
    public FloatTensor tensor() {
        return input;
    }

    @Override
    public int groups() {
        return conv.groups();
    }

    @Override
    public int rows() {
        return Math.multiplyExact(batch, conv.outHeight() * conv.outWidth());
    }

    @Override
    public int cols() {
        return channelsPerGroup * conv.kernelHeight() * conv.kernelWidth();
    }

    @Override
    public void readRow(int group, int row, float[] destination) {
        int outPixels = conv.outHeight() * conv.outWidth();
        int b = row / outPixels;
        int oh = (row % outPixels) / conv.outWidth();
        int ow = row % conv.outWidth();
        int h0 = oh * conv.strideHeight() - conv.padHeight();
        int w0 = ow * conv.strideWidth() - conv.padWidth();
        int height = conv.inHeight();
        int width = conv.inWidth();
        float[] x = input.values();
        int c = 0;
        for (int icg = 0; icg < channelsPerGroup; icg++) {
            int plane = (b * conv.inChannels() + group * channelsPerGroup + icg) * height;
            for (int kh = 0; kh < conv.kernelHeight(); kh++) {
                int h = h0 + kh;
                boolean rowInside = h >= 0 && h < height;
                for (int kw = 0; kw < conv.kernelWidth(); kw++) {
                    int w = w0 + kw;
                    destination[c++] = rowInside && w >= 0 && w < width ? x[(plane + h) * width + w] : 0f;
                }
            }
        }
    }
}
