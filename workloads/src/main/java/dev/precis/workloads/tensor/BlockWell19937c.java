package dev.precis.workloads.tensor;

import org.apache.commons.math3.random.Well19937c;

/**
 * Commons Math's {@link Well19937c} that can also hand out a block of {@code nextDouble()} values in one call
 * ({@link #nextDoubles}): the same recurrence, Matsumoto-Kurita tempering and 52-bit doubles from two 26-bit draws, run in one loop
 * on the state array instead of one virtual call per 32-bit draw, so the values and the state afterwards are those
 * of as many {@code nextDouble()} calls ({@code BlockWell19937cTest}). Seeded as {@link Well19937c}; every other
 * method is the library's.
 *
 * <p>Where the time goes: a batch-64 ResNet-50 comparison draws 1.4 G of these steps, so the loop is written for
 * the step's critical path (the previous step's output feeds the next) and for the fewest loads (see
 * {@link #nextDoubles}).
 */
final class BlockWell19937c extends Well19937c {
    private static final long serialVersionUID = 1L;

    /** Words of state (k = 19937 bits) and the recurrence's three taps, Well19937c's parameters. */
    private static final int R = 624;
    private static final int M1 = 70;
    private static final int M2 = 179;
    private static final int M3 = 449;

    BlockWell19937c(long seed) {
        super(seed);
    }

    /**
     * Fills {@code out[0, n)} with the next {@code n} values {@link #nextDouble()} would return.
     *
     * <p>Three things differ from the library's loop, none of them in what is computed:
     * <ul>
     *   <li>The index falls by one each step, so between the points where a tap wraps around the 624 words the taps
     *       sit at fixed offsets from it: each such run reads the state at {@code index + offset} instead of looking
     *       the five indices up in the library's tables (at indices 1 and 0 the two words before the index wrap
     *       too: those two steps of every 624 are the library's own).</li>
     *   <li>Two words each step reads were written by the step before: they are carried in locals (the word at the
     *       new index is the previous step's output before tempering; the top bit of the next one is the bit the
     *       previous step kept), which takes a store-to-load round trip off the critical path.</li>
     *   <li>The library's output {@code z0 ^ z1 ^ (z1 << 9) ^ z2 ^ (z2 << 21) ^ z3 ^ (z3 >>> 21)} with
     *       {@code z3 = z1 ^ z2} is the same exclusive-or as {@code z0 ^ (z1 << 9) ^ (z1 >>> 21) ^ (z2 << 21) ^
     *       (z2 >>> 21)} (z1 and z2 each appear twice and cancel): four operations fewer, two of them on the path
     *       from one step to the next.</li>
     * </ul>
     */
    void nextDoubles(double[] out, int n) {
        final int[] state = v;
        int at = index;
        int current = state[at];
        int topBit = 0x80000000 & state[iRm1[at]];
        long high = 0;
        int k = 0;
        final int draws = 2 * n;
        while (k < draws) {
            if (at < 2) {
                // indices 1 and 0, where the two words before the index wrap: the library's own step, then the
                // carried words read back from the state it left
                index = at;
                int bits = next(26);
                at = index;
                current = state[at];
                topBit = 0x80000000 & state[iRm1[at]];
                high = emit(out, k++, bits, high);
                continue;
            }
            // a run down to the next index at which a tap wraps around the 624 words: fixed offsets throughout
            final int o1 = at + M1 < R ? M1 : M1 - R;
            final int o2 = at + M2 < R ? M2 : M2 - R;
            final int o3 = at + M3 < R ? M3 : M3 - R;
            final int low = at >= R - M1 ? R - M1 : at >= R - M2 ? R - M2 : at >= R - M3 ? R - M3 : 2;
            final int end = at - Math.min(at - low + 1, draws - k);
            for (int a = at; a > end; a--, k++) {
                final int v0 = current;
                final int vM1 = state[a + o1];
                final int vM2 = state[a + o2];
                final int vM3 = state[a + o3];
                final int older = state[a - 2];
                final int z0 = topBit ^ (0x7FFFFFFF & older);
                final int z1 = (v0 ^ (v0 << 25)) ^ (vM1 ^ (vM1 >>> 27));
                final int z2 = (vM2 >>> 9) ^ (vM3 ^ (vM3 >>> 1));
                int z4 = z0 ^ ((z1 << 9) ^ (z1 >>> 21)) ^ ((z2 << 21) ^ (z2 >>> 21));
                final int kept = older & 0x80000000;
                state[a] = z1 ^ z2;
                state[a - 1] = z4;
                state[a - 2] = kept;
                current = z4;
                topBit = kept;
                z4 ^= (z4 << 7) & 0xe46e1700;
                z4 ^= (z4 << 15) & 0x9b868000;
                high = emit(out, k, z4 >>> 6, high);
            }
            at = end;
        }
        index = at;
    }

    /**
     * Draw {@code k}'s 26 bits into the doubles, as {@code nextDouble()} joins them: an even draw is a double's
     * high half (returned, to be carried), an odd one completes {@code out[k / 2]}. Returns the carried half.
     */
    private static long emit(double[] out, int k, int bits, long high) {
        if ((k & 1) == 0) return ((long) bits) << 26;
        out[k >> 1] = (high | bits) * 0x1.0p-52d;
        return high;
    }
}
