package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class TrafficPatternTest {

    @Test
    void transposeSwapsCoordinatesOnAnEightByEightGrid() {
        TrafficPattern t = new TrafficPattern.Transpose();
        // node = y*8 + x; (x=3, y=5) -> (x=5, y=3)
        assertThat(t.destination(5 * 8 + 3, 64, null)).isEqualTo(3 * 8 + 5);
    }

    @Test
    void bitComplementSendsToTheOppositeCorner() {
        assertThat(new TrafficPattern.BitComplement().destination(0, 64, null)).isEqualTo(63);
        assertThat(new TrafficPattern.BitComplement().destination(9, 64, null)).isEqualTo(54);
    }

    @Test
    void uniformReachesEveryNodeIncludingTheSource() {
        MersenneTwister rng = new MersenneTwister(1);
        boolean[] seen = new boolean[16];
        for (int i = 0; i < 2000; i++) {
            seen[new TrafficPattern.Uniform().destination(3, 16, rng)] = true;
        }
        for (boolean b : seen) {
            assertThat(b).isTrue();
        }
    }

    @Test
    void hotspotSendsItsFractionToTheHotNode() {
        MersenneTwister rng = new MersenneTwister(1);
        TrafficPattern h = new TrafficPattern.Hotspot(new int[] {7}, 0.5);
        int hits = 0;
        for (int i = 0; i < 10_000; i++) {
            if (h.destination(0, 64, rng) == 7) {
                hits++;
            }
        }
        assertThat(hits / 10_000.0).isBetween(0.48, 0.53);
    }

    @Test
    void patternsRejectNodeCountsTheyCannotServe() {
        assertThatThrownBy(() -> new TrafficPattern.Transpose().validate(32)).hasMessageContaining("32");
        assertThatThrownBy(() -> new TrafficPattern.BitComplement().validate(36)).hasMessageContaining("36");
        assertThatThrownBy(() -> TrafficPattern.of("zigzag", new MeshTopology(4))).hasMessageContaining("uniform");
    }
}
