package dev.precis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void quickRunsTheSelectionAtBatchOneAndFullRunsEverythingAtThePapersBatch() {
        List<String> all = List.of("a", "b", "c");
        assertThat(Scope.QUICK.pick(all, List.of("a", "c"))).containsExactly("a", "c");
        assertThat(Scope.FULL.pick(all, List.of("a", "c"))).containsExactly("a", "b", "c");
        assertThat(Scope.QUICK.batch(64)).isEqualTo(1);
        assertThat(Scope.FULL.batch(64)).isEqualTo(64);
    }

    @Test
    void aQuickSelectionOutsideTheFullListIsAnError() {
        assertThatThrownBy(() -> Scope.QUICK.pick(List.of("a"), List.of("z"))).hasMessageContaining("not part of");
    }

    @Test
    void allSelectsEveryExperimentAndAnUnknownNameListsTheKnownOnes() {
        assertThat(Validation.select("all")).isEqualTo(Validation.names());
        assertThat(Validation.select("noc")).containsExactly("noc");
        assertThatThrownBy(() -> Validation.select("nope")).hasMessageContaining("unknown experiment 'nope'")
                .hasMessageContaining("ant");
    }
}
