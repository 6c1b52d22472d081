package dev.precis.validation.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.drift.ActivationTiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The mechanism the Drift check depends on, on the same chain: packing tiles by precision pays exactly when tiles
 * are narrower than the static precision.
 */
class DriftMechanismTest {

    /** One layer of rows x k activations with n outputs; each tile 2, 4, 6 or 8 bits with the given weights. */
    private static List<ActivationTiles> layer(String name, long rows, long k, long n, int[] weights, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        long tiles = rows * ((k + 63) / 64);
        List<ActivationTiles> runs = new ArrayList<>();
        for (long first = 0; first < tiles; first += DriftWorkload.RUN_TILES) {
            int count = (int) Math.min(DriftWorkload.RUN_TILES, tiles - first);
            byte[] bits = new byte[count];
            for (int i = 0; i < count; i++) {
                int draw = rng.nextInt(total);
                int p = 0;
                while (draw >= weights[p]) {
                    draw -= weights[p++];
                }
                bits[i] = (byte) (2 * (p + 1));
            }
            runs.add(new ActivationTiles(name, 1, rows, k, n, 1, 64, first, bits, 8, 8, first + count == tiles));
        }
        return runs;
    }

    @Test
    void mostlyNarrowTilesMakeDriftFasterAndCheaperThanTheStaticSchedule() {
        DriftWorkload w = new DriftWorkload("narrow", 1, layer("fc", 1024, 512, 256, new int[] {5, 3, 1, 1}, 7),
                java.util.Map.of());
        DriftValidation.ModelRun r = DriftValidation.run(w);
        assertThat(r.drift().macs()).isEqualTo(r.statics().macs()).isEqualTo(1024L * 512 * 256);
        assertThat(r.speedup()).isGreaterThan(1.5);
        assertThat(r.energySaving()).isGreaterThan(1.2);
    }

    @Test
    void allEightBitTilesGiveNoSpeedupAndTheDetectorCostsEnergy() {
        DriftWorkload w = new DriftWorkload("wide", 1, layer("fc", 512, 512, 128, new int[] {0, 0, 0, 1}, 7),
                java.util.Map.of());
        DriftValidation.ModelRun r = DriftValidation.run(w);
        assertThat(r.speedup()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.energySaving()).isLessThan(1.0);
    }

    @Test
    void sixBitTilesRunAtTheEightBitRateOnEightTwoBricks() {
        DriftWorkload six = new DriftWorkload("six", 1, layer("fc", 512, 512, 128, new int[] {0, 0, 1, 0}, 7),
                java.util.Map.of());
        DriftWorkload four = new DriftWorkload("four", 1, layer("fc", 512, 512, 128, new int[] {0, 1, 0, 0}, 7),
                java.util.Map.of());
        assertThat(DriftValidation.run(six).speedup()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(DriftValidation.run(four).speedup()).isGreaterThan(1.8);
    }
}
