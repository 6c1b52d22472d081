package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.numeric.Codebook;
import dev.precis.workloads.numeric.IntType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClippingSearchTest {

    /** Every bin of every alpha, each bin end by bisection, summed in bin order: the search's definition. */
    private static double[] everyBin(float[] sorted, double maxAbs, Codebook book, int low, int high) {
        int count = sorted.length;
        double[] sum1 = new double[count + 1];
        double[] sum2 = new double[count + 1];
        for (int j = 0; j < count; j++) {
            sum1[j + 1] = sum1[j] + sorted[j];
            sum2[j + 1] = sum2[j] + (double) sorted[j] * sorted[j];
        }
        if (maxAbs == 0) return new double[] {0, 0};
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = maxAbs;
        int size = book.size();
        for (int i = low; i < high; i++) {
            double alpha = maxAbs * (i * 0.01);
            double scale = alpha / book.max();
            double sq = 0;
            int start = 0;
            for (int j = 0; j < size; j++) {
                int end = j == size - 1 ? count
                        : Math.max(start, ClippingSearch.lowerBound(sorted, count, 0.5 * (book.value(j) + book.value(j + 1)) * scale));
                int n = end - start;
                double v = book.value(j) * scale;
                sq += (sum2[end] - sum2[start]) - 2 * v * (sum1[end] - sum1[start]) + n * v * v;
                start = end;
            }
            double mse = Math.max(0, sq) / count;
            if (mse < best) {
                best = mse;
                bestAlpha = alpha;
            }
        }
        return new double[] {bestAlpha, best};
    }

    /** A sample as the search loads it: sorted, with its largest |x| and whether any value is negative. */
    private record Loaded(float[] sorted, double maxAbs, boolean negative) {
        static Loaded of(float[] values) {
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            double maxAbs = 0;
            boolean negative = false;
            for (float v : sorted) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
                negative |= v < 0;
            }
            return new Loaded(sorted, maxAbs, negative);
        }
    }

    private static List<float[]> samples() {
        List<float[]> out = new ArrayList<>();
        out.add(SeededData.gaussian(1, 512, 0.03));
        out.add(SeededData.laplace(2, 512, 1.0));
        out.add(SeededData.rectifiedGaussian(3, 512, 0, 1.0)); // half zeros
        out.add(SeededData.studentT(4, 300, 3));
        out.add(SeededData.gaussian(5, 65536, 1.0)); // dense: bin ends move by more than the step's window
        float[] negative = SeededData.gaussian(6, 200, 1.0);
        for (int i = 0; i < negative.length; i++) negative[i] = -Math.abs(negative[i]) - 0.5f;
        out.add(negative); // every value below zero
        float[] positive = SeededData.gaussian(7, 200, 1.0);
        for (int i = 0; i < positive.length; i++) positive[i] = Math.abs(positive[i]) + 0.5f;
        out.add(positive); // every value above zero
        java.util.Random random = new java.util.Random(8);
        float[] repeated = new float[257];
        for (int i = 0; i < repeated.length; i++) repeated[i] = random.nextInt(9) - 4; // values on bin boundaries
        out.add(repeated);
        out.add(new float[] {0.75f});
        out.add(new float[] {-2f, 2f});
        out.add(new float[] {0f, 0f, 0f, 1f});
        return out;
    }

    private static List<Codebook> grids(boolean signed) {
        List<Codebook> out = new ArrayList<>();
        for (int bits : new int[] {8, 6, 4, 3}) out.add(new IntType(bits, signed).codebook());
        for (AntCandidate c : AntCandidate.values()) {
            for (int bits : new int[] {4, 6}) c.type(bits, signed).ifPresent(t -> out.add(t.codebook()));
        }
        return out;
    }

    @Test
    void steppedBinEndsGiveTheAlphaAndErrorOfBisectingEveryBinBitForBit() {
        int checked = 0;
        for (float[] values : samples()) {
            Loaded loaded = Loaded.of(values);
            float[] sorted = loaded.sorted();
            double maxAbs = loaded.maxAbs();
            boolean negative = loaded.negative();
            for (boolean signed : negative ? new boolean[] {true} : new boolean[] {true, false}) {
                List<Codebook> books = grids(signed);
                int largest = books.stream().mapToInt(Codebook::size).max().orElseThrow();
                ClippingSearch search = new ClippingSearch(sorted.length, largest);
                search.load(sorted);
                for (Codebook book : books) {
                    ClippingSearch.Grid grid = new ClippingSearch.Grid(book);
                    for (int[] bounds : new int[][] {{75, 150}, {95, 150}, {1, 300}}) {
                        double[] alpha = new double[2];
                        double[] mse = new double[2];
                        search.search(grid, maxAbs, bounds[0], bounds[1], alpha, mse, 1);
                        double[] expected = everyBin(sorted, maxAbs, book, bounds[0], bounds[1]);
                        String what = book.type().name() + " on " + sorted.length + " values from " + sorted[0]
                                + " to " + sorted[sorted.length - 1] + ", alpha percent " + bounds[0] + "-" + bounds[1];
                        assertThat(alpha[1]).as("alpha, " + what).isEqualTo(expected[0]);
                        assertThat(mse[1]).as("error, " + what).isEqualTo(expected[1]);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void binningByValueAndByBinGiveTheAlphaAndErrorOfBisectingEveryBinBitForBit() {
        int checked = 0;
        List<float[]> all = new ArrayList<>(samples());
        // samples smaller than the grids, where binning by value is chosen, with values on every bin boundary
        java.util.Random random = new java.util.Random(9);
        for (int size : new int[] {2, 7, 64, 128, 255}) {
            all.add(SeededData.gaussian(10 + size, size, 0.05));
            float[] boundaries = new float[size];
            for (int i = 0; i < size; i++) boundaries[i] = (random.nextInt(33) - 16) * 0.5f;
            all.add(boundaries);
        }
        // at alpha percent 100 the scale is 1 for a sample whose max|x| is the grid's largest value: the half-integers
        // then lie exactly on bin boundaries and belong to the upper bin
        for (int top : new int[] {1, 3, 7, 15, 31, 63, 127, 255}) {
            float[] halves = new float[Math.min(4 * top + 1, 200)];
            for (int i = 0; i < halves.length; i++) halves[i] = (random.nextInt(4 * top + 1) - 2 * top) * 0.5f;
            halves[0] = top;
            all.add(halves);
        }
        for (float[] values : all) {
            Loaded loaded = Loaded.of(values);
            float[] sorted = loaded.sorted();
            double maxAbs = loaded.maxAbs();
            for (boolean signed : new boolean[] {true, false}) {
                for (int bits : new int[] {8, 6, 4, 3, 2}) {
                    Codebook book = new IntType(bits, signed).codebook();
                    ClippingSearch.Grid grid = new ClippingSearch.Grid(book);
                    assertThat(grid.step).as("the int grid's step").isEqualTo(1.0);
                    ClippingSearch search = new ClippingSearch(sorted.length, grid.size());
                    search.load(sorted);
                    // {100, 101}: the error at alpha = max|x| alone, which a wrong bin always changes
                    for (int[] bounds : new int[][] {{75, 150}, {95, 150}, {1, 300}, {100, 101}}) {
                        double[] expected = everyBin(sorted, maxAbs, book, bounds[0], bounds[1]);
                        for (int way = 0; way < 3; way++) {
                            double[] alpha = new double[1];
                            double[] mse = new double[1];
                            if (way == 2) {
                                search.searchRanked(grid, maxAbs, bounds[0], bounds[1], alpha, mse, 0);
                            } else {
                                search.search(grid, maxAbs, bounds[0], bounds[1], alpha, mse, 0, way == 0);
                            }
                            String what = book.type().name() + (new String[] {" by value", " by bin", " ranked"}[way]) + " on "
                                    + sorted.length + " values, alpha percent " + bounds[0] + "-" + bounds[1];
                            assertThat(alpha[0]).as("alpha, " + what).isEqualTo(expected[0]);
                            assertThat(mse[0]).as("error, " + what).isEqualTo(expected[1]);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void rankedSearchesOfManyWeightChannelsGiveTheAlphaAndErrorOfTheSearchInFull() {
        // channels as the weight search sees them: sizes of 1x1 and 3x3 convolutions' strided samples, several
        // spreads and tails, each on the int grids from 2 to 8 bits at the artifact's bounds
        java.util.Random random = new java.util.Random(11);
        int checked = 0;
        int[] sizes = {1, 3, 16, 64, 128, 256, 288, 384, 461, 512};
        for (int round = 0; round < 120; round++) {
            int size = sizes[round % sizes.length];
            float[] values = switch (round % 4) {
                case 0 -> SeededData.gaussian(100 + round, size, 0.01 + random.nextDouble());
                case 1 -> SeededData.laplace(100 + round, size, 0.05 + random.nextDouble());
                case 2 -> SeededData.studentT(100 + round, size, 3);
                default -> SeededData.rectifiedGaussian(100 + round, size, 0, 1.0);
            };
            Loaded loaded = Loaded.of(values);
            float[] sorted = loaded.sorted();
            double maxAbs = loaded.maxAbs();
            boolean negative = loaded.negative();
            for (int bits = 2; bits <= 8; bits++) {
                Codebook book = new IntType(bits, negative || round % 2 == 0).codebook();
                ClippingSearch.Grid grid = new ClippingSearch.Grid(book);
                ClippingSearch search = new ClippingSearch(sorted.length, grid.size());
                search.load(sorted);
                int low = bits > 6 ? 95 : 75;
                double[] expected = everyBin(sorted, maxAbs, book, low, 150);
                double[] alpha = new double[1];
                double[] mse = new double[1];
                search.searchRanked(grid, maxAbs, low, 150, alpha, mse, 0);
                String what = book.type().name() + " ranked on " + sorted.length + " values, round " + round;
                assertThat(alpha[0]).as("alpha, " + what).isEqualTo(expected[0]);
                assertThat(mse[0]).as("error, " + what).isEqualTo(expected[1]);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(840);
    }

    @Test
    void onlyAUniformGridHasAStep() {
        assertThat(new ClippingSearch.Grid(new IntType(4, true).codebook()).step).isEqualTo(1.0);
        for (AntCandidate c : List.of(AntCandidate.FLINT, AntCandidate.POT, AntCandidate.FLOAT)) {
            c.type(4, true).ifPresent(t -> assertThat(new ClippingSearch.Grid(t.codebook()).step).as(t.name()).isZero());
        }
    }

    @Test
    void aSearchOfAllZerosClipsNothing() {
        ClippingSearch search = new ClippingSearch(3, 16);
        search.load(new float[] {0, 0, 0});
        double[] alpha = {-1};
        double[] mse = {-1};
        search.search(new ClippingSearch.Grid(new IntType(4, true).codebook()), 0, 75, 150, alpha, mse, 0);
        assertThat(alpha[0]).isZero();
        assertThat(mse[0]).isZero();
    }

    @Test
    void lowerBoundIsTheFirstIndexAtOrAboveTheKey() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2000; round++) {
            int count = random.nextInt(40);
            float[] a = new float[count];
            for (int i = 0; i < count; i++) a[i] = random.nextInt(10) - 5; // repeated values on purpose
            Arrays.sort(a);
            double key = random.nextInt(12) - 6 + (random.nextBoolean() ? 0.5 : 0);
            int expected = 0;
            while (expected < count && a[expected] < key) expected++;
            assertThat(ClippingSearch.lowerBound(a, count, key)).as("key %s in %s", key, Arrays.toString(a))
                    .isEqualTo(expected);
        }
    }
}
