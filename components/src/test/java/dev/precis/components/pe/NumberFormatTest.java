package dev.precis.components.pe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberFormatTest {

    @Test
    void readsEveryTypeNameTheTraceWrites() {
        assertThat(NumberFormat.parse("int8")).isEqualTo(new NumberFormat.IntFormat(8, true));
        assertThat(NumberFormat.parse("uint8")).isEqualTo(new NumberFormat.IntFormat(8, false));
        assertThat(NumberFormat.parse("int4u")).isEqualTo(new NumberFormat.IntFormat(4, false));
        assertThat(NumberFormat.parse("flint4s")).isEqualTo(new NumberFormat.FlintFormat(4, true));
        assertThat(NumberFormat.parse("pot4u")).isEqualTo(new NumberFormat.PotFormat(4, false));
        assertThat(NumberFormat.parse("float8se4")).isEqualTo(new NumberFormat.FloatFormat(8, true, 4));
        assertThat(NumberFormat.parse("float8(e4)")).isEqualTo(new NumberFormat.FloatFormat(8, true, 4));
        assertThat(NumberFormat.parse("lp(8,1,3,0.5)")).isEqualTo(new NumberFormat.LogPositFormat(8, 1, 3, 0.5));
    }

    @Test
    void aLogPositsLongestFractionFollowsItsFields() {
        assertThat(new NumberFormat.LogPositFormat(8, 1, 3, 0).maxFractionBits()).isEqualTo(4);
        assertThat(new NumberFormat.LogPositFormat(4, 2, 1, 0).maxFractionBits()).isEqualTo(0);
    }

    @Test
    void anUnknownNameListsTheAcceptedForms() {
        assertThatThrownBy(() -> NumberFormat.parse("bfloat16")).hasMessageContaining("'bfloat16'")
                .hasMessageContaining("flint4u");
    }
}
