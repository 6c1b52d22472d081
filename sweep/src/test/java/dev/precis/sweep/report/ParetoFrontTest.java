package dev.precis.sweep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    record P(String name, double cycles, double energy) {
    }

    @Test
    void keepsThePointsNoOtherBeatsOnBothFigures() {
        P a = new P("a", 10, 100);
        P b = new P("b", 20, 50);
        P c = new P("c", 30, 60);   // beaten by b on both
        P d = new P("d", 40, 10);
        P e = new P("e", 20, 50);   // equal to b: the first is kept
        P f = new P("f", 10, 120);  // beaten by a (same cycles, more energy)
        assertThat(ParetoFront.of(List.of(a, b, c, d, e, f), P::cycles, P::energy)).containsExactly(a, b, d);
    }

    @Test
    void anEmptyListHasAnEmptyFront() {
        assertThat(ParetoFront.of(List.<P>of(), P::cycles, P::energy)).isEmpty();
    }
}
