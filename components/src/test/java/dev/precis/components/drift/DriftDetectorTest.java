package dev.precis.components.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    static ActivationTiles run(String layer, long firstTile, byte[] bits, boolean last) {
        // one group of 16 rows x 128 values: 2 K tiles of 64 per row, 32 tiles
        return new ActivationTiles(layer, 1, 16, 128, 32, 1, 64, firstTile, bits, 8, 8, last);
    }

    @Test
    void eachTileGetsTheNarrowestSupportedPrecisionThatHoldsItsRecordedOne() {
        DriftDetector d = new DriftDetector(new int[] {2, 4, 8}, 64, 2, 8, 7);
        DriftDetector.Detection r = d.detect(run("conv", 0, new byte[] {2, 3, 4, 6, 8, 1}, false));
        assertThat(r.assignedBits()).containsExactly(2, 4, 4, 8, 8, 2);
        // six tiles of 64 values at 64 values per cycle, plus the 2-cycle pipeline
        assertThat(r.cycles()).isEqualTo(6 + 2);
        assertThat(r.values()).isEqualTo(6 * 64);
        assertThat(r.energyPj()).isPositive();
    }

    @Test
    void aTileWiderThanEverySupportedPrecisionIsAnErrorNamingIt() {
        DriftDetector d = new DriftDetector(new int[] {2, 4}, 64, 0, 8, 7);
        assertThatThrownBy(() -> d.detect(run("fc", 10, new byte[] {2, 8}, true)))
                .hasMessageContaining("layer fc").hasMessageContaining("tile 11").hasMessageContaining("8 bits");
    }

    @Test
    void tilesKnowTheirGeometry() {
        byte[] bits = new byte[8];
        java.util.Arrays.fill(bits, (byte) 8);
        ActivationTiles t = new ActivationTiles("c", 2, 3, 100, 8, 2, 64, 0, bits, 8, 8, false);
        assertThat(t.tilesInLayer()).isEqualTo(2 * 2 * 2);
        assertThat(t.rowsOf(0)).isEqualTo(2);
        assertThat(t.rowsOf(2)).isEqualTo(1);
        assertThat(t.kLengthOf(1)).isEqualTo(36);
        assertThat(t.weightSegment(5)).isEqualTo(2 + 1);
    }
}
