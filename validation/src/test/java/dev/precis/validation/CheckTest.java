package dev.precis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void relativeErrorIsTheDistanceOverTheReferenceAndDecidesThePass() {
        Check c = Check.relative("x", "s", "q", 2.0, 2.3, 0.10);
        assertThat(c.relError()).isCloseTo(0.15, within(1e-12));
        assertThat(c.pass()).isFalse();
        assertThat(Check.relative("x", "s", "q", -2.0, -2.1, 0.10).pass()).isTrue();
        assertThat(Check.relative("x", "s", "q", 5, 5, 0).pass()).isTrue();
    }

    @Test
    void aReferencePrintedWithFewDigitsPassesWithinItsRounding() {
        Check c = Check.withinRounding("x", "s", "q", 0.0002, 0.00024, 0.05, 0.00005);
        assertThat(c.relError()).isCloseTo(0.2, within(1e-9));
        assertThat(c.pass()).isTrue();
        assertThat(Check.withinRounding("x", "s", "q", 0.0002, 0.0003, 0.05, 0.00005).pass()).isFalse();
    }

    @Test
    void aZeroOrNonFiniteReferenceIsRefusedRatherThanGivingAnInfiniteError() {
        assertThatThrownBy(() -> Check.relative("x", "s", "q", 0, 1, 0.1)).hasMessageContaining("x: reference");
        assertThatThrownBy(() -> Check.relative("x", "s", "q", 1, Double.NaN, 0.1)).hasMessageContaining("Precis value");
    }
}
