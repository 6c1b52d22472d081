package dev.precis.components.pe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystolicArrayTest {

    private final SystolicArray array = new SystolicArray(4, 3);

    @Test
    void outputStationaryFoldIsSkewFillThenTheReductionThenTheColumnDrain() {
        // M = 10 pixels over 4 rows -> 3 row folds; N = 5 filters over 3 cols -> 2 col folds; K = 7.
        SystolicLayerTiming t = array.time(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY);
        assertThat(t.rowFolds()).isEqualTo(3);
        assertThat(t.colFolds()).isEqualTo(2);
        assertThat(t.foldCycles()).isEqualTo(3 + 7 + 2); // rows - 1, K, cols - 1
        assertThat(t.cycles()).isEqualTo(6 * 12);
        assertThat(t.lastCycleIndex()).isEqualTo(71);
    }

    @Test
    void weightStationaryFoldAlsoPreloadsTheWeights() {
        // Sr = K = 7 over 4 rows -> 2 folds; Sc = N = 5 -> 2 folds; T = M = 10.
        SystolicLayerTiming t = array.time(new GemmDims(10, 5, 7), Dataflow.WEIGHT_STATIONARY);
        assertThat(t.rowFolds()).isEqualTo(2);
        assertThat(t.colFolds()).isEqualTo(2);
        assertThat(t.foldCycles()).isEqualTo(4 + 3 + 10 + 2); // preload rows, skew rows - 1, M, drain cols - 1
        assertThat(t.cycles()).isEqualTo(4 * 19);
    }

    @Test
    void inputStationaryStreamsTheFiltersThroughStationaryInputs() {
        // Sr = K = 7 -> 2 folds; Sc = M = 10 over 3 cols -> 4 folds; T = N = 5.
        SystolicLayerTiming t = array.time(new GemmDims(10, 5, 7), Dataflow.INPUT_STATIONARY);
        assertThat(t.folds()).isEqualTo(8);
        assertThat(t.foldCycles()).isEqualTo(7 + 5 + 2);
    }

    @Test
    void foldsAreEnumeratedColumnFoldOuterWithPartialEdges() {
        OperandMapping m = OperandMapping.of(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY);
        List<String> used = new ArrayList<>();
        long total = 0;
        long macs = 0;
        for (FoldTiming f : array.folds(m)) {
            used.add(f.rowsUsed() + "x" + f.colsUsed());
            total += f.totalCycles();
            macs += f.macs();
        }
        assertThat(used).containsExactly("4x3", "4x3", "2x3", "4x2", "4x2", "2x2");
        assertThat(total).isEqualTo(array.time(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY).cycles());
        assertThat(macs).isEqualTo(10 * 5 * 7);
    }

    @Test
    void mappingEfficiencyIsTheMeanOccupancyOfTheFolds() {
        SystolicLayerTiming t = array.time(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY);
        double mean = (12 + 12 + 6 + 8 + 8 + 4) / 6.0 / 12.0;
        assertThat(t.mappingEfficiency()).isCloseTo(mean, within(1e-12));
        assertThat(t.meanFoldComputeUtilisation()).isCloseTo(mean * 7 / 12, within(1e-12));
        assertThat(t.utilisation()).isCloseTo(350.0 / (72 * 12), within(1e-12));
    }

    @Test
    void aFoldOutsideTheMappingIsRejected() {
        OperandMapping m = OperandMapping.of(new GemmDims(10, 5, 7), Dataflow.OUTPUT_STATIONARY);
        assertThatThrownBy(() -> array.fold(m, 3, 0)).hasMessageContaining("outside 3 x 2");
        assertThatThrownBy(() -> new SystolicArray(0, 4)).hasMessageContaining("positive");
    }

    @Test
    void dataflowsParseByShortName() {
        assertThat(Dataflow.parse("ws")).isEqualTo(Dataflow.WEIGHT_STATIONARY);
        assertThat(Dataflow.parse("OUTPUT_STATIONARY")).isEqualTo(Dataflow.OUTPUT_STATIONARY);
        assertThatThrownBy(() -> Dataflow.parse("rs")).hasMessageContaining("[os, ws, is]");
    }
}
