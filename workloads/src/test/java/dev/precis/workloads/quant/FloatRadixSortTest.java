package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatRadixSortTest {

    private static void assertSortsAsTheLibrary(FloatRadixSort sorter, float[] values) {
        float[] expected = values.clone();
        Arrays.sort(expected);
        float[] got = values.clone();
        sorter.sort(got);
        // Arrays.equals on floats compares bits: -0.0 and 0.0, and every NaN, stay told apart
        assertThat(Arrays.equals(got, expected)).as("%d values", values.length).isTrue();
    }

    @Test
    void sortsEverySizeAndSpreadIntoTheLibrarysOrder() {
        Random r = new Random(11);
        FloatRadixSort sorter = new FloatRadixSort();
        for (int n = 0; n <= 700; n += n < 140 ? 1 : 37) {
            float[] gaussian = new float[n];
            float[] wide = new float[n];
            float[] fewValues = new float[n];
            for (int i = 0; i < n; i++) {
                gaussian[i] = (float) (r.nextGaussian() * 0.02);
                wide[i] = (float) (Math.scalb(r.nextDouble() - 0.5, r.nextInt(200) - 100));
                fewValues[i] = (r.nextInt(5) - 2) * 0.25f;
            }
            assertSortsAsTheLibrary(sorter, gaussian);
            assertSortsAsTheLibrary(sorter, wide);
            assertSortsAsTheLibrary(sorter, fewValues);
        }
    }

    @Test
    void signedZerosInfinitiesAndExtremesKeepTheLibrarysOrder() {
        FloatRadixSort sorter = new FloatRadixSort();
        float[] special = {0.0f, -0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, 1f, -1f};
        float[] values = new float[FloatRadixSort.SMALLEST * 2];
        for (int i = 0; i < values.length; i++) values[i] = special[i % special.length];
        assertSortsAsTheLibrary(sorter, values);
        // all values alike: every digit pass is skipped
        float[] same = new float[FloatRadixSort.SMALLEST + 3];
        Arrays.fill(same, -2.5f);
        assertSortsAsTheLibrary(sorter, same);
    }

    @Test
    void anArrayHoldingANaNIsLeftToTheLibrary() {
        float[] values = new float[FloatRadixSort.SMALLEST + 10];
        for (int i = 0; i < values.length; i++) values[i] = values.length / 2f - i;
        values[7] = Float.NaN;
        values[70] = Float.intBitsToFloat(0xFFC00001); // a NaN with the sign bit set
        assertSortsAsTheLibrary(new FloatRadixSort(), values);
    }
}
