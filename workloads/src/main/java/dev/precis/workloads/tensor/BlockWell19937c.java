package dev.precis.workloads.tensor;

import org.apache.commons.math3.random.Well19937c;

/**
 * Commons Math's {@link Well19937c} that can also hand out a block of {@code nextDouble()} values in one call
 * ({@link #nextDoubles}): the same recurrence, tempering and 52-bit doubles from two 26-bit draws, run in one loop
 * on local copies of the state's references instead of one virtual call per 32-bit draw, so the values and the
 * state afterwards are those of as many {@code nextDouble()} calls ({@code BlockWell19937cTest}). Seeded as
 * {@link Well19937c}; every other method is the library's.
 */
final class BlockWell19937c extends Well19937c {
    private static final long serialVersionUID = 1L;

    BlockWell19937c(long seed) {
        super(seed);
    }

    /**
     * Fills {@code out[0, n)} with the next {@code n} values {@link #nextDouble()} would return. Two words each
     * step reads were written by the step before: they are carried in locals rather than read back from the
     * state (the word at the new index is the previous step's output before tempering; the top bit of the next
     * one is the bit the previous step kept), which takes the store-to-load round trip off the recurrence's
     * critical path. The state is still written as the library writes it.
     */
    void nextDoubles(double[] out, int n) {
        final int[] state = v;
        final int[] rm1 = iRm1;
        final int[] rm2 = iRm2;
        final int[] m1 = i1;
        final int[] m2 = i2;
        final int[] m3 = i3;
        int at = index;
        int current = state[at];
        int topBit = 0x80000000 & state[rm1[at]];
        long high = 0;
        for (int k = 0, draws = 2 * n; k < draws; k++) {
            // Well19937c.next(26), as the library computes it
            final int indexRm1 = rm1[at];
            final int indexRm2 = rm2[at];
            final int v0 = current;
            final int vM1 = state[m1[at]];
            final int vM2 = state[m2[at]];
            final int vM3 = state[m3[at]];
            final int older = state[indexRm2];
            final int z0 = topBit ^ (0x7FFFFFFF & older);
            final int z1 = (v0 ^ (v0 << 25)) ^ (vM1 ^ (vM1 >>> 27));
            final int z2 = (vM2 >>> 9) ^ (vM3 ^ (vM3 >>> 1));
            final int z3 = z1 ^ z2;
            int z4 = z0 ^ (z1 ^ (z1 << 9)) ^ (z2 ^ (z2 << 21)) ^ (z3 ^ (z3 >>> 21));
            final int kept = older & 0x80000000;
            state[at] = z3;
            state[indexRm1] = z4;
            state[indexRm2] = kept;
            // the next step's index is indexRm1, and its indexRm1 is this step's indexRm2
            at = indexRm1;
            current = z4;
            topBit = kept;
            z4 ^= (z4 << 7) & 0xe46e1700;
            z4 ^= (z4 << 15) & 0x9b868000;
            int bits = z4 >>> 6;
            if ((k & 1) == 0) {
                high = ((long) bits) << 26;
            } else {
                out[k >> 1] = (high | bits) * 0x1.0p-52d;
            }
        }
        index = at;
    }
}
