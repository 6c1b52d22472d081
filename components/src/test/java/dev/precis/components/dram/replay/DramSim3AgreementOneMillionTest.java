package dev.precis.components.dram.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 1M-request rows (one request per cycle: the channel saturates, so they test the scheduler and the
 * queues). About 3 s together, so they run in the default suite.
 */
class DramSim3AgreementOneMillionTest {

    static Stream<ReferenceRow> largeRows() {
        List<ReferenceRow> rows = ReferenceRow.load().stream().filter(ReferenceRow::isLarge).toList();
        assertThat(rows).hasSize(2);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeRows")
    void agreesWithDramsim3Within5Percent(ReferenceRow row) {
        AgreementAssertions.assertAgrees(row, row.replay());
    }
}
