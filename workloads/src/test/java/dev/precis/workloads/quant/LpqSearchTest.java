package dev.precis.workloads.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.tensor.FloatTensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LpqSearchTest {
    private static final int K = 128;

    private static List<LpqLayer> layers() {
        List<LpqLayer> layers = new ArrayList<>();
        double[] weightSigma = {0.2, 0.02, 0.005};
        for (int l = 0; l < 3; l++) {
            FloatTensor w = FloatTensor.matrix(SeededData.gaussian(50 + l, 48 * K, weightSigma[l]), 48, K);
            FloatTensor a = FloatTensor.matrix(SeededData.rectifiedGaussian(60 + l, 32 * K, 0, 1.0 + 3 * l), 32, K);
            layers.add(new LpqLayer("fc" + l, w, a));
        }
        return layers;
    }

    private static LpqConfig small(long seed) {
        return LpqConfig.defaults(seed).withSearch(16, 12, 0.3);
    }

    @Test
    void sameSeedGivesIdenticalChoicesAndFitnessHistory() {
        LpqResult a = new LpqSearch(small(7)).search(layers());
        LpqResult b = new LpqSearch(small(7)).search(layers());
        assertThat(a.layers()).isEqualTo(b.layers());
        assertThat(a.bestFitnessHistory()).isEqualTo(b.bestFitnessHistory());
        assertThat(a.meanFitnessHistory()).isEqualTo(b.meanFitnessHistory());
    }

    @Test
    void bestFitnessNeverDecreasesAndEndsAboveTheInitialPopulation() {
        LpqResult r = new LpqSearch(small(8)).search(layers());
        double[] best = r.bestFitnessHistory();
        assertThat(best).hasSize(13);
        for (int g = 1; g < best.length; g++) {
            assertThat(best[g]).isGreaterThanOrEqualTo(best[g - 1]);
        }
        assertThat(best[best.length - 1]).isGreaterThan(best[0]);
        assertThat(r.fitness()).isEqualTo(best[best.length - 1]);
        assertThat(r.meanFitnessHistory()[12]).isGreaterThan(r.meanFitnessHistory()[0]);
    }

    @Test
    void chosenParametersBeatAFixedUnscaledEightBitPositOnTheSameObjective() {
        LpqConfig cfg = small(9).withBitBudget(8, 0);
        LpqResult r = new LpqSearch(cfg).search(layers());
        LpqEvaluator evaluator = new LpqEvaluator(cfg, layers());
        List<Integer> fixed = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            fixed.addAll(List.of(4, 1, 7, 16)); // LP(8, 1, 7, sf = 0)
        }
        assertThat(evaluator.type(fixed, 0).name()).isEqualTo("lp(8,1,7,0.0)");
        assertThat(r.fitness()).isGreaterThan(evaluator.fitness(fixed));
        for (LpqLayerChoice c : r.layers()) {
            assertThat(c.outputError()).isLessThan(0.05);
        }
    }

    @Test
    void aTighterBitBudgetLowersTheAverageWordSize() {
        LpqResult loose = new LpqSearch(small(10).withBitBudget(8, 1.0)).search(layers());
        LpqResult tight = new LpqSearch(small(10).withBitBudget(4.5, 1.0)).search(layers());
        assertThat(tight.averageBits()).isLessThan(loose.averageBits());
        assertThat(tight.averageBits()).isLessThanOrEqualTo(5.0);
    }

    @Test
    void reportsTheChosenParametersOfEveryLayerWithTheirShifts() {
        LpqResult r = new LpqSearch(small(11)).search(layers());
        assertThat(r.layers()).extracting(LpqLayerChoice::name).containsExactly("fc0", "fc1", "fc2");
        for (LpqLayerChoice c : r.layers()) {
            assertThat(c.type().rs()).isBetween(1, c.type().n() - 1);
            assertThat(c.type().es()).isBetween(0, 2);
            assertThat(c.type().sf()).isBetween(-4.0, 4.0);
        }
        assertThat(r.layers().get(2).weightShift()).isLessThan(r.layers().get(0).weightShift());
        assertThat(r.evaluations()).isPositive();
    }

    @Test
    void exponentShiftIsTheCeilingOfLog2OfTheLargestMagnitude() {
        assertThat(LpqEvaluator.exponentShift(new float[] {0.3f, -0.5f})).isEqualTo(-1);
        assertThat(LpqEvaluator.exponentShift(new float[] {3f})).isEqualTo(2);
        assertThat(LpqEvaluator.exponentShift(new float[] {4f})).isEqualTo(2);
        assertThat(LpqEvaluator.exponentShift(new float[] {0f})).isZero();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> new LpqLayer("x", FloatTensor.matrix(new float[4], 2, 2), FloatTensor.matrix(new float[3], 1, 3)))
                .hasMessageContaining("LPQ layer x");
        assertThatThrownBy(() -> LpqConfig.defaults(1).withSearch(1, 5, 0.1)).hasMessageContaining("populationSize");
        assertThatThrownBy(() -> new LpqSearch(LpqConfig.defaults(1)).search(List.of())).hasMessageContaining("no layers");
    }
}
