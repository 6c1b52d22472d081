package dev.precis.workloads.quant;

import java.util.Arrays;

/**
 * Sorts float arrays ascending into exactly the order of {@link Arrays#sort(float[])} (-0.0 before 0.0), by a
 * least-significant-digit radix sort on the values' bits: ANT's search sorts every channel's sample (27 K samples
 * of 512 values for ResNet-50), and four counting passes over a few hundred values take a third of the time of the
 * library's quicksort (BENCHMARKS.md). Small arrays, and arrays holding a NaN, are left to the library. Holds its
 * scratch for arrays up to a size; not shared between threads.
 */
final class FloatRadixSort {

    /**
     * Smaller arrays go to the library: its sort of them is a few hundred comparisons, while a radix pass costs its
     * 256 counters whatever the length (the searches' samples are 512 values but for the smallest layers).
     */
    static final int SMALLEST = 128;

    private static final int DIGITS = 4;
    private static final int RADIX = 256;

    private int[] keys = new int[0];
    private int[] other = new int[0];
    private final int[] counts = new int[DIGITS * RADIX];

    /** Sorts {@code a} in place. */
    void sort(float[] a) {
        int n = a.length;
        if (n < SMALLEST) {
            Arrays.sort(a);
            return;
        }
        if (keys.length < n) {
            keys = new int[n];
            other = new int[n];
        }
        Arrays.fill(counts, 0);
        int[] src = keys;
        for (int i = 0; i < n; i++) {
            float v = a[i];
            if (v != v) {
                Arrays.sort(a);
                return;
            }
            // flipped so that unsigned order of the keys is the order of the values: a positive value's sign bit
            // set, a negative value's bits all inverted (-0.0 then sorts just below 0.0, as Float.compare has it)
            int bits = Float.floatToRawIntBits(v);
            int k = bits ^ ((bits >> 31) | 0x80000000);
            src[i] = k;
            counts[k & 0xFF]++;
            counts[RADIX + ((k >>> 8) & 0xFF)]++;
            counts[2 * RADIX + ((k >>> 16) & 0xFF)]++;
            counts[3 * RADIX + (k >>> 24)]++;
        }
        int[] dst = other;
        for (int digit = 0; digit < DIGITS; digit++) {
            int base = digit * RADIX;
            int shift = digit * 8;
            // a digit every key shares orders nothing (the exponent's high bits, mostly)
            if (counts[base + ((src[0] >>> shift) & 0xFF)] == n) continue;
            int start = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = counts[base + d];
                counts[base + d] = start;
                start += c;
            }
            for (int i = 0; i < n; i++) {
                int k = src[i];
                dst[counts[base + ((k >>> shift) & 0xFF)]++] = k;
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        for (int i = 0; i < n; i++) {
            int k = src[i];
            a[i] = Float.intBitsToFloat(k < 0 ? k ^ 0x80000000 : ~k);
        }
    }
}
