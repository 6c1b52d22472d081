package dev.precis.components.sram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.components.energy.TechnologyNode;
import org.junit.jupiter.api.Test;

class SramBufferTest {

    private static SramConfig config(int banks, int ports, boolean doubleBuffered) {
        return SramConfig.builder("ibuf").capacityBytes(64 * 1024).banks(banks).ports(ports).wordBytes(16)
                .accessLatencyCycles(2).doubleBuffered(doubleBuffered).technology(TechnologyNode.NM28).build();
    }

    @Test
    void contiguousWordsStreamAtThePortRate() {
        SramBuffer b = new SramBuffer(config(8, 4, false));
        // 64 words, 4 per cycle: issue cycles 0..15, plus 2 cycles of access latency.
        assertThat(b.access(0, false, 0, 64 * 16)).isEqualTo(15 + 2);
        assertThat(b.bankConflictCycles()).isZero();
        assertThat(b.wordReads()).isEqualTo(64);
    }

    @Test
    void wordsInTheSameBankSerialise() {
        SramBuffer b = new SramBuffer(config(8, 4, false));
        // Four single-word requests at cycle 0, all to bank 0 (stride = 8 words).
        long last = 0;
        for (int i = 0; i < 4; i++) {
            last = b.access(0, false, (long) i * 8 * 16, 16);
        }
        assertThat(last).isEqualTo(3 + 2);
        assertThat(b.bankConflictCycles()).isEqualTo(1 + 2 + 3);
    }

    @Test
    void wordsInDifferentBanksProceedTogether() {
        SramBuffer b = new SramBuffer(config(8, 4, false));
        long last = 0;
        for (int i = 0; i < 4; i++) {
            last = b.access(0, false, (long) i * 16, 16);
        }
        assertThat(last).isEqualTo(0 + 2);
        assertThat(b.bankConflictCycles()).isZero();
    }

    @Test
    void requestBeyondCapacityNamesTheBufferAndTheSizes() {
        SramBuffer b = new SramBuffer(config(8, 4, false));
        assertThatThrownBy(() -> b.access(0, true, 64 * 1024 - 16, 32))
                .isInstanceOf(SramCapacityException.class)
                .hasMessageContaining("'ibuf'").hasMessageContaining("32 B").hasMessageContaining("65536 B");
    }

    @Test
    void tileLargerThanAHalfDoesNotFit() {
        SramBuffer b = new SramBuffer(config(8, 4, true));
        b.requireTileFits(32 * 1024);
        assertThatThrownBy(() -> b.requireTileFits(32 * 1024 + 1))
                .isInstanceOf(SramCapacityException.class)
                .hasMessageContaining("'ibuf'").hasMessageContaining("32769 B").hasMessageContaining("32768 B")
                .hasMessageContaining("double-buffered");
    }

    @Test
    void halvesSwapBetweenFillAndDrain() {
        SramBuffer b = new SramBuffer(config(2, 1, true));
        // Fill half starts at byte 0: word 0 (bank 0). After a swap the fill half starts at 32 KiB,
        // word 2048 (bank 0 as well) so a read of the drain half's word 0 conflicts.
        b.accessHalf(0, true, SramBuffer.Half.FILL, 0, 16);
        b.swap();
        long done = b.accessHalf(0, false, SramBuffer.Half.DRAIN, 0, 16);
        assertThat(done).isEqualTo(1 + 2);
        assertThatThrownBy(() -> b.accessHalf(0, true, SramBuffer.Half.FILL, 32 * 1024 - 8, 16))
                .isInstanceOf(SramCapacityException.class).hasMessageContaining("fill half");
    }

    @Test
    void energyCountsEveryWordAccess() {
        SramBuffer b = new SramBuffer(config(8, 4, false));
        b.access(0, false, 0, 160);
        b.access(0, true, 0, 32);
        double expected = 10 * b.costs().readPjPerAccess() + 2 * b.costs().writePjPerAccess();
        assertThat(b.dynamicEnergyPj()).isEqualTo(expected);
        assertThat(b.leakageEnergyPj(1000)).isEqualTo(1000 * b.costs().leakagePjPerCycle(500.0));
    }

    @Test
    void badParametersNameTheBuffer() {
        assertThatThrownBy(() -> SramConfig.builder("wbuf").capacityBytes(1000).banks(8).wordBytes(16).build())
                .hasMessageContaining("component wbuf (type sram)").hasMessageContaining("multiple");
    }
}
