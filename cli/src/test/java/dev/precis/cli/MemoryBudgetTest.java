package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    @Test
    void aNeedWithinTheFreeHeapPasses() {
        MemoryBudget.require("--tiny 1", 1024);
    }

    @Test
    void aNeedBeyondTheHeapNamesTheParameterTheEstimateTheHeapAndTheWayToRaiseIt() {
        long need = Runtime.getRuntime().maxMemory() + (1L << 30);
        assertThatThrownBy(() -> MemoryBudget.require("--components 7", need))
                .isInstanceOf(IllegalArgumentException.class)
                .message().startsWith("--components 7 needs about " + MemoryBudget.format(need) + " of heap (estimated), "
                        + "more than the ").contains(" available", "use a smaller value");
    }

    @Test
    void sizeArithmeticNamesTheOptionThatOverflowed() {
        assertThat(MemoryBudget.multiply("--k 3", 3, 4)).isEqualTo(12);
        assertThatThrownBy(() -> MemoryBudget.multiply("--components 3000000000000", 3_000_000_000_000L, 3_000_000_000_000L))
                .hasMessageStartingWith("--components 3000000000000 is too large: ");
        assertThatThrownBy(() -> MemoryBudget.add("--events", Long.MAX_VALUE, 1)).hasMessageStartingWith("--events is too large");
    }

    @Test
    void sizesPrintInMebiOrGibibytes() {
        assertThat(MemoryBudget.format(5L << 20)).isEqualTo("5 MiB");
        assertThat(MemoryBudget.format(3L << 30)).isEqualTo("3.0 GiB");
    }
}
