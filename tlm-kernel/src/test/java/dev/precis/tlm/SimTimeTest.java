package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimTimeTest {
    @Test
    void parsesUnitsIntoPicoseconds() {
        assertThat(SimTime.parse("10 ns")).isEqualTo(10_000);
        assertThat(SimTime.parse("2.5us")).isEqualTo(2_500_000);
        assertThat(SimTime.parse("7 ps")).isEqualTo(7);
        assertThat(SimTime.parse("1 ms")).isEqualTo(1_000_000_000L);
        assertThat(SimTime.parse("3 s")).isEqualTo(3_000_000_000_000L);
    }

    @Test
    void parsesCyclesOfAClock() {
        assertThat(SimTime.parse("3 cycles@500MHz")).isEqualTo(6_000);
        assertThat(SimTime.parse("1 cycle @ 1GHz")).isEqualTo(1_000);
    }

    @Test
    void formatsWithTheLargestExactUnit() {
        assertThat(SimTime.format(2_500)).isEqualTo("2.5 ns");
        assertThat(SimTime.format(7)).isEqualTo("7 ps");
        assertThat(SimTime.format(3_000_000)).isEqualTo("3 us");
        assertThat(SimTime.format(0)).isEqualTo("0 ps");
    }

    @Test
    void formatAndParseRoundTrip() {
        for (long ps : new long[] {1, 999, 1_000, 1_234_567, 5_000_000_000L}) {
            assertThat(SimTime.parse(SimTime.format(ps))).isEqualTo(ps);
        }
    }

    @Test
    void overflowIsAnErrorNeverAWrap() {
        assertThatThrownBy(() -> SimTime.parse("10000000 s")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("overflows");
        assertThatThrownBy(() -> SimTime.add(Long.MAX_VALUE, 1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> SimTime.parse("99999999999999999 cycles@1Hz")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rejectsTimesWithoutUnitsOrFinerThanAPicosecond() {
        assertThatThrownBy(() -> SimTime.parse("10")).hasMessageContaining("unit");
        assertThatThrownBy(() -> SimTime.parse("10 parsecs")).hasMessageContaining("unknown time unit");
        assertThatThrownBy(() -> SimTime.parse("0.5 ps")).hasMessageContaining("finer than one picosecond");
    }
}
