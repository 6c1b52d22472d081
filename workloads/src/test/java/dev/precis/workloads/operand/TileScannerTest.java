package dev.precis.workloads.operand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileScannerTest {

    @Test
    void visitsEveryValueOnceInTraceOrderWithEdgeTiles() {
        // 2 groups x 3 rows x 5 cols, values = their flat index.
        float[] v = new float[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        GemmOperand operand = new ContiguousRowsOperand(TensorRole.WEIGHT, new FloatTensor(v, 2, 3, 5), 2, 3, 5);
        TileGrid grid = TileScanner.grid(operand, 2, 3, 0);
        List<String> seen = new ArrayList<>();
        List<Float> all = new ArrayList<>();
        TileScanner.scan(operand, grid, (index, where, values, count) -> {
            assertThat(where).isEqualTo(grid.coordinates(index));
            assertThat(count).isEqualTo(grid.valuesIn(index));
            StringBuilder s = new StringBuilder(index + ":");
            for (int i = 0; i < count; i++) {
                s.append(' ').append((int) values[i]);
                all.add(values[i]);
            }
            seen.add(s.toString());
        });
        assertThat(seen).hasSize((int) grid.tiles()).startsWith("0: 0 1 2 5 6 7", "1: 3 4 8 9", "2: 10 11 12",
                "3: 13 14", "4: 15 16 17 20 21 22");
        assertThat(all).hasSize(30).doesNotHaveDuplicates();
    }
}
