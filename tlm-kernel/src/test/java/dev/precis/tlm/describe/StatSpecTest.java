package dev.precis.tlm.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A statistic's declaration, and a family's members: what a component registers for each value it sees. */
class StatSpecTest {
    private static final StatSpec BY_PRECISION = new StatSpec("macs.w<W>a<A>", "count", "MACs at w<W> a<A>");

    @Test
    void aFamilyMemberFillsThePlaceholdersOfNameAndDescription() {
        assertThat(BY_PRECISION.isFamily()).isTrue();
        assertThat(BY_PRECISION.member(4, 8)).isEqualTo(new StatSpec("macs.w4a8", "count", "MACs at w4 a8"));
        assertThatThrownBy(() -> BY_PRECISION.member(4)).hasMessageContaining("takes 2 value(s), not 1");
    }

    @Test
    void aRegisteredNameIsDeclaredByItsOwnSpecOrByTheFamilyItBelongsTo() {
        StatSpec reads = new StatSpec("reads", "count", "reads");
        assertThat(reads.isFamily()).isFalse();
        assertThat(reads.declaring("reads")).contains(reads);
        assertThat(reads.declaring("writes")).isEmpty();
        assertThat(BY_PRECISION.declaring("macs.w2a16")).contains(BY_PRECISION.member(2, 16));
        assertThat(BY_PRECISION.declaring("macs")).isEmpty();
        assertThat(BY_PRECISION.declaring("busyCycles")).isEmpty();
    }
}
