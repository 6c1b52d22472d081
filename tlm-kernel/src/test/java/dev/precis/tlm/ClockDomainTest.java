package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClockDomainTest {
    @Test
    void wholePicosecondPeriodsAreExact() {
        ClockDomain c = ClockDomain.ofMHz("core", 500);
        assertThat(c.periodPs()).isEqualTo(2_000);
        assertThat(c.cyclesToPs(1_000)).isEqualTo(2_000_000);
        assertThat(c.psToCycle(3_999)).isEqualTo(1);
        assertThat(c.psToCycle(4_000)).isEqualTo(2);
    }

    @Test
    void fractionalPeriodsRoundEachEdgeUpWithoutDrift() {
        ClockDomain ddr = ClockDomain.ofMHz("ddr4", 1200); // 833.33 ps
        assertThat(ddr.cyclesToPs(1)).isEqualTo(834);
        assertThat(ddr.cyclesToPs(3)).isEqualTo(2_500);
        assertThat(ddr.cyclesToPs(1_200_000_000L)).isEqualTo(SimTime.S);
    }

    @Test
    void cycleToTimeAndBackIsTheIdentity() {
        for (long f : new long[] {1_200_000_000L, 933_000_000L, 1_000_000L, 7_000L}) {
            ClockDomain c = new ClockDomain("c", f);
            for (long n : new long[] {0, 1, 2, 3, 999, 123_456_789}) {
                assertThat(c.psToCycle(c.cyclesToPs(n))).as("f=%d n=%d", f, n).isEqualTo(n);
                if (c.cyclesToPs(n + 1) - 1 > c.cyclesToPs(n)) {
                    assertThat(c.psToCycle(c.cyclesToPs(n + 1) - 1)).isEqualTo(n);
                }
            }
        }
    }

    @Test
    void nextEdgeAtOrAfterFindsTheEdge() {
        ClockDomain c = ClockDomain.ofMHz("c", 500);
        assertThat(c.nextEdgeAtOrAfter(4_000)).isEqualTo(4_000);
        assertThat(c.nextEdgeAtOrAfter(4_001)).isEqualTo(6_000);
    }

    @Test
    void parsesFrequenciesAndRejectsNonsense() {
        assertThat(ClockDomain.parse("1.2GHz").frequencyHz()).isEqualTo(1_200_000_000L);
        assertThat(ClockDomain.parse("500 MHz").periodPs()).isEqualTo(2_000);
        assertThatThrownBy(() -> ClockDomain.parse("fast")).hasMessageContaining("cannot parse frequency");
        assertThatThrownBy(() -> new ClockDomain("x", 0)).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> ClockDomain.ofMHz("x", 2_000_000)).hasMessageContaining("1 ps time resolution");
    }

    @Test
    void hugeCycleCountsOverflowLoudly() {
        assertThatThrownBy(() -> ClockDomain.ofMHz("c", 1).cyclesToPs(Long.MAX_VALUE / 10))
                .isInstanceOf(ArithmeticException.class);
    }
}
