package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressMappingTest {

    private static final DramOrganization DDR4_X8_TWO_RANKS = new DramOrganization(1, 2, 4, 4, 65536, 1024, 8, 64, 8);

    @Test
    void rochrababgcoPutsColumnLowestThenBankGroupBankRankRow() {
        AddressMapping m = AddressMapping.of("rochrababgco", DDR4_X8_TWO_RANKS);
        // 64-byte requests: 6 offset bits; 1024 columns / BL 8 = 7 column bits; then bg 2, ba 2, ra 1, ch 0, ro 16.
        long a = (5L << 6) | (2L << 13) | (3L << 15) | (1L << 17) | (1234L << 18);
        assertThat(m.column(a)).isEqualTo(5);
        assertThat(m.bankGroup(a)).isEqualTo(2);
        assertThat(m.bank(a)).isEqualTo(3);
        assertThat(m.rank(a)).isEqualTo(1);
        assertThat(m.channel(a)).isEqualTo(0);
        assertThat(m.row(a)).isEqualTo(1234);
        assertThat(m.address(0, 1, 2, 3, 1234, 5)).isEqualTo(a);
    }

    @Test
    void consecutiveLinesStayInOneBankUntilTheRowsColumnsAreUsed() {
        AddressMapping m = AddressMapping.of("rochrababgco", DDR4_X8_TWO_RANKS);
        assertThat(m.bank(64)).isEqualTo(m.bank(0));
        assertThat(m.row(127 * 64)).isEqualTo(m.row(0));
        assertThat(m.bankGroup(128 * 64)).isEqualTo(1);
    }

    @Test
    void malformedMappingsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> AddressMapping.of("rochrababg", DDR4_X8_TWO_RANKS)).hasMessageContaining("six two-letter fields");
        assertThatThrownBy(() -> AddressMapping.of("rochrababgxx", DDR4_X8_TWO_RANKS)).hasMessageContaining("unknown field 'xx'");
        assertThatThrownBy(() -> AddressMapping.of("rorochbabgco", DDR4_X8_TWO_RANKS)).hasMessageContaining("'ro' appears twice");
    }
}
