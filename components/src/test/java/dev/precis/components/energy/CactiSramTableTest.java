package dev.precis.components.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.components.energy.CactiSramTable.Lookup;
import dev.precis.components.energy.CactiSramTable.OutOfRange;
import org.junit.jupiter.api.Test;

/**
 * The CACTI 7 table against its own rows and against the ANT artifact's CACTI figures (its energy_costs.json at
 * the default configuration, 28 nm; ANT runs every bank as a separate 1-bank array, so a buffer of B banks is
 * looked up per bank and its leakage multiplied by B).
 */
class CactiSramTableTest {

    private static final CactiSramTable TABLE = CactiSramTable.shipped();
    private static final long KIB = 1024;

    private static Lookup at(TechnologyNode node, long bytes, int wordBits, int banks) {
        return TABLE.lookup(node, bytes, wordBits, banks, OutOfRange.REFUSE);
    }

    @Test
    void aMeasuredPointIsReturnedAsMeasured() {
        // cacti7-sram.csv: 28,128,64,1,ok,0.0166734,0.0143067,...,77.1113,77.1113,...,0.438831,...,0.743756,0.790066
        Lookup p = at(TechnologyNode.NM28, 128 * KIB, 64, 1);
        assertThat(p.readPjPerAccess()).isCloseTo(16.6734, within(1e-9));
        assertThat(p.writePjPerAccess()).isCloseTo(14.3067, within(1e-9));
        assertThat(p.leakageMw()).isEqualTo(77.1113);
        assertThat(p.areaMm2()).isEqualTo(0.438831);
        assertThat(p.accessTimeNs()).isEqualTo(0.743756);
        assertThat(p.extrapolated()).isFalse();
        // With 4 banks CACTI's leakage is one bank plus routing; the array counts all four.
        Lookup four = at(TechnologyNode.NM28, 128 * KIB, 64, 4);
        assertThat(four.leakageMw()).isCloseTo(4 * four.leakageMwPerBank(), within(1e-3));
    }

    @Test
    void antInputBufferIsReproducedExactly() {
        // ANT input buffer: 256 KB as 32 banks of 8 KB, 512-bit words. energy_costs.json: read 3.47046875e-05 and
        // write 4.8606640625e-05 nJ/bit; leakage 5.4983 mW per bank.
        Lookup bank = at(TechnologyNode.NM28, 8 * KIB, 512, 1);
        assertThat(bank.readPjPerAccess() / 512 / 1000).isCloseTo(3.47046875e-05, within(1e-16));
        assertThat(bank.writePjPerAccess() / 512 / 1000).isCloseTo(4.8606640625e-05, within(1e-16));
        assertThat(bank.leakageMw()).isEqualTo(5.4983);
        assertThat(32 * bank.leakageMw()).isCloseTo(175.9456, within(1e-9));
    }

    @Test
    void antWeightBufferBanksAreBelowTheTableAndComeOnlyFromADeclaredExtrapolation() {
        // ANT weight buffer: 128 KB as 32 banks of 4 KB, 512-bit words; CACTI at 4 KB (sweep.py --check):
        // read 3.299296875e-05, write 3.9730859375e-05 nJ/bit, leakage 2.96594 mW per bank.
        assertThatThrownBy(() -> at(TechnologyNode.NM28, 4 * KIB, 512, 1))
                .hasMessageContaining("capacity 4 KiB is below the smallest 8 KiB")
                .hasMessageContaining("does not extrapolate");
        Lookup bank = TABLE.lookup(TechnologyNode.NM28, 4 * KIB, 512, 1, OutOfRange.EXTRAPOLATE);
        assertThat(bank.extrapolation()).contains("extrapolated log-log from 8 and 16");
        // The 8-16 KB slope carried down one octave: read -3.8%, leakage -3.5%, write -10.2% against CACTI at 4 KB.
        assertThat(bank.readPjPerAccess() / 512 / 1000).isCloseTo(3.299296875e-05, within(0.05 * 3.299296875e-05));
        assertThat(bank.leakageMw()).isCloseTo(2.96594, within(0.05 * 2.96594));
        assertThat(bank.writePjPerAccess() / 512 / 1000).isCloseTo(3.9730859375e-05, within(0.11 * 3.9730859375e-05));
        assertThat(bank.writePjPerAccess() / 512 / 1000).isLessThan(3.9730859375e-05);
    }

    @Test
    void antOutputBufferIsOutsideTheTableOnEveryAxis() {
        // ANT output buffer: 128 KB as 1024 banks of 128 B, 32-bit words, and a read-write port the table's
        // template does not have; CACTI gives 9.21703125e-06 nJ/bit read and 0.127708 mW per bank for it. The
        // table cannot reproduce it and says so instead of extrapolating silently.
        assertThatThrownBy(() -> at(TechnologyNode.NM28, 128, 32, 1))
                .hasMessageContaining("capacity 0.125 KiB is below the smallest 8 KiB")
                .hasMessageContaining("word width 32 bits is below the smallest 64 bits");
    }

    @Test
    void halvingTheAntBuffersKeepsAboutSeventyPercentOfTheirLeakage() {
        // The ANT configuration's 512 KiB: weight 128, input 256 and output 128 KiB, here each a 16-bank array of
        // 512-bit words. Halved (64 + 128 + 64 KiB) they keep 76% of the leakage; as one 512 KiB array halved,
        // 63%. Leakage proportional to capacity would keep 50%.
        double full = leakage(128) + leakage(256) + leakage(128);
        double half = leakage(64) + leakage(128) + leakage(64);
        assertThat(half / full).isBetween(0.7, 0.8);
        double oneArray = leakage(256) / leakage(512);
        assertThat(oneArray).isBetween(0.6, 0.7);
    }

    private static double leakage(long kib) {
        return at(TechnologyNode.NM28, kib * KIB, 512, 16).leakageMw();
    }

    @Test
    void betweenMeasuredPointsFiguresAreInterpolatedLogLog() {
        // 2 banks is the log midpoint of 1 and 4: every figure is the geometric mean of its neighbours.
        Lookup one = at(TechnologyNode.NM45, 64 * KIB, 128, 1);
        Lookup four = at(TechnologyNode.NM45, 64 * KIB, 128, 4);
        Lookup two = at(TechnologyNode.NM45, 64 * KIB, 128, 2);
        assertThat(two.readPjPerAccess()).isCloseTo(Math.sqrt(one.readPjPerAccess() * four.readPjPerAccess()),
                within(1e-9));
        assertThat(two.leakageMw()).isCloseTo(Math.sqrt(one.leakageMw() * four.leakageMw()), within(1e-9));
        // A capacity between two rows lies between them.
        Lookup a = at(TechnologyNode.NM45, 64 * KIB, 128, 1);
        Lookup b = at(TechnologyNode.NM45, 128 * KIB, 128, 1);
        Lookup mid = at(TechnologyNode.NM45, 96 * KIB, 128, 1);
        assertThat(mid.areaMm2()).isBetween(a.areaMm2(), b.areaMm2());
        assertThat(mid.extrapolated()).isFalse();
    }

    @Test
    void pointsThatNeedARejectedCactiRunAreRefusedNamingIt() {
        assertThatThrownBy(() -> at(TechnologyNode.NM28, 8 * KIB, 256, 16))
                .hasMessageContaining("CACTI 7 found no array organisation for 8 KiB, 256-bit words, 16 banks at 28 nm");
        // 8 banks interpolates between 4 and 16: the rejected 16-bank point is needed too.
        assertThatThrownBy(() -> at(TechnologyNode.NM28, 8 * KIB, 256, 8))
                .hasMessageContaining("no array organisation for 8 KiB, 256-bit words, 16 banks");
    }

    @Test
    void olderNodesCostMoreAndLargerArraysCostMorePerAccess() {
        assertThat(at(TechnologyNode.NM45, 128 * KIB, 64, 1).readPjPerAccess())
                .isGreaterThan(at(TechnologyNode.NM28, 128 * KIB, 64, 1).readPjPerAccess());
        assertThat(at(TechnologyNode.NM65, 128 * KIB, 64, 1).readPjPerAccess())
                .isGreaterThan(at(TechnologyNode.NM45, 128 * KIB, 64, 1).readPjPerAccess());
        assertThat(at(TechnologyNode.NM28, 4096 * KIB, 64, 1).readPjPerAccess())
                .isGreaterThan(at(TechnologyNode.NM28, 8 * KIB, 64, 1).readPjPerAccess());
    }
}
