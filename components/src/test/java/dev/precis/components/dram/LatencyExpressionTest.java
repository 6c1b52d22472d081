package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyExpressionTest {

    @Test
    void evaluatesArithmeticAndMaxOverNamedParameters() {
        Map<String, Integer> p = Map.of("RL", 17, "WL", 12, "tBL", 4, "tRTRS", 1, "tCCD_L", 6);
        assertThat(LatencyExpression.parse("RL + tBL - WL + tRTRS").evaluate(p)).isEqualTo(10);
        assertThat(LatencyExpression.parse("max(tBL, tCCD_L)").evaluate(p)).isEqualTo(6);
        assertThat(LatencyExpression.parse("min(tBL, tCCD_L) * 2 + (RL - 1)").evaluate(p)).isEqualTo(24);
        assertThat(LatencyExpression.parse("max(tBL, tCCD_L)").parameters()).containsExactlyInAnyOrder("tBL", "tCCD_L");
    }

    @Test
    void unknownParameterIsNamedWithTheExpression() {
        LatencyExpression e = LatencyExpression.parse("tRCD - AL");
        assertThatThrownBy(() -> e.evaluate(Map.of("tRCD", 17)))
                .hasMessageContaining("'AL'").hasMessageContaining("tRCD - AL");
    }

    @Test
    void syntaxErrorNamesTheColumn() {
        assertThatThrownBy(() -> LatencyExpression.parse("tRCD + * 2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 8");
        assertThatThrownBy(() -> LatencyExpression.parse("max(tBL, tCCD_L"))
                .hasMessageContaining("expected ')'");
    }
}
