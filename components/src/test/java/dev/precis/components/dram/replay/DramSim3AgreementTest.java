package dev.precis.components.dram.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 200k-request rows of DRAMSim3's reference figures: light load, so they test the timing parameters. */
class DramSim3AgreementTest {

    static Stream<ReferenceRow> smallRows() {
        List<ReferenceRow> rows = ReferenceRow.load().stream().filter(r -> !r.isLarge()).toList();
        assertThat(rows).hasSize(4);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallRows")
    void agreesWithDramsim3Within5Percent(ReferenceRow row) {
        AgreementAssertions.assertAgrees(row, row.replay());
    }
}
