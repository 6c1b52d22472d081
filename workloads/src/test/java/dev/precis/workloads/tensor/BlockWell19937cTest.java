package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BlockWell19937cTest {

    @Test
    void blocksOfDoublesAreTheLibrarysDoublesAndLeaveTheSameState() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Well19937c library = new Well19937c(seed);
            BlockWell19937c blocks = new BlockWell19937c(seed);
            // block sizes that cross the 624-word state's wrap-around at different places
            for (int n : new int[] {1, 311, 312, 313, 1000, 5, 4096}) {
                double[] got = new double[n];
                blocks.nextDoubles(got, n);
                for (int i = 0; i < n; i++) {
                    assertThat(Double.doubleToRawLongBits(got[i])).as("seed %d block %d value %d", seed, n, i)
                            .isEqualTo(Double.doubleToRawLongBits(library.nextDouble()));
                }
                // the state after the block is the library's: its next draws agree too
                assertThat(blocks.nextInt()).isEqualTo(library.nextInt());
                assertThat(blocks.nextGaussian()).isEqualTo(library.nextGaussian());
            }
        }
    }

    @Test
    void runsOfBlocksStartingAtEveryIndexOfTheStateAreTheLibrarysDoubles() {
        // blocks of every length 1..700 one after another: each run between two tap wrap-arounds starts and ends
        // at every index of the 624 words, and the single steps at indices 0 and 1 meet both halves of a double
        Well19937c library = new Well19937c(20261204L);
        BlockWell19937c blocks = new BlockWell19937c(20261204L);
        double[] got = new double[700];
        for (int n = 1; n <= 700; n++) {
            blocks.nextDoubles(got, n);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(got[i])).as("block %d value %d", n, i)
                        .isEqualTo(Double.doubleToRawLongBits(library.nextDouble()));
            }
            if (n % 2 == 1) assertThat(blocks.nextInt()).as("state after block %d", n).isEqualTo(library.nextInt());
        }
    }
}
