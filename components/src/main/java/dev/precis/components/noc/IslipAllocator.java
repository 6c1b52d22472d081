package dev.precis.components.noc;

import java.util.Arrays;

/**
 * A separable iSLIP allocator (McKeown, "The iSLIP scheduling algorithm for input-queued
 * switches", IEEE/ACM ToN 1999), as BookSim2's {@code islip}: each output grants the first
 * requesting unmatched input at or after its grant pointer; each input accepts the first
 * granting output at or after its accept pointer; pointers move one past the match, and only
 * for matches made in the first iteration. At most one request per (input, output) pair, which
 * carries a label (the virtual channel behind it).
 */
final class IslipAllocator {

    private final int inputs;
    private final int outputs;
    private final int iterations;
    private final int inWords;
    private final int outWords;
    /** Bit i of row o: input i requests output o. */
    private final long[] requestsByOutput;
    /** Bit o of row i: input i requests output o. */
    private final long[] requestsByInput;
    private final int[] label;
    private final int[] grantPointer;
    private final int[] acceptPointer;
    private final int[] inMatch;
    private final int[] outMatch;
    private final int[] grant;
    private final int[] touchedInputs;
    private int touchedCount;
    private final boolean[] touched;
    private final int[] touchedOutputs;
    private int touchedOutputCount;
    private final boolean[] outTouched;

    IslipAllocator(int inputs, int outputs, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("allocator iterations must be at least 1, got " + iterations);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.iterations = iterations;
        this.inWords = (inputs + 63) >>> 6;
        this.outWords = (outputs + 63) >>> 6;
        this.requestsByOutput = new long[outputs * inWords];
        this.requestsByInput = new long[inputs * outWords];
        this.label = new int[inputs * outputs];
        this.grantPointer = new int[outputs];
        this.acceptPointer = new int[inputs];
        this.inMatch = new int[inputs];
        this.outMatch = new int[outputs];
        this.grant = new int[outputs];
        this.touchedInputs = new int[inputs];
        this.touched = new boolean[inputs];
        this.touchedOutputs = new int[outputs];
        this.outTouched = new boolean[outputs];
        Arrays.fill(inMatch, -1);
        Arrays.fill(outMatch, -1);
    }

    /** Removes every request and match. Costs only as much as the inputs and outputs used since the last clear. */
    void clear() {
        for (int t = 0; t < touchedCount; t++) {
            int in = touchedInputs[t];
            touched[in] = false;
            java.util.Arrays.fill(requestsByInput, in * outWords, in * outWords + outWords, 0L);
            inMatch[in] = -1;
        }
        touchedCount = 0;
        for (int t = 0; t < touchedOutputCount; t++) {
            int out = touchedOutputs[t];
            outTouched[out] = false;
            java.util.Arrays.fill(requestsByOutput, out * inWords, out * inWords + inWords, 0L);
            outMatch[out] = -1;
        }
        touchedOutputCount = 0;
    }

    boolean hasRequest(int in, int out) {
        return (requestsByInput[in * outWords + (out >>> 6)] & (1L << out)) != 0;
    }

    int requestLabel(int in, int out) {
        return label[in * outputs + out];
    }

    void addRequest(int in, int out, int requestLabel) {
        requestsByInput[in * outWords + (out >>> 6)] |= 1L << out;
        requestsByOutput[out * inWords + (in >>> 6)] |= 1L << in;
        label[in * outputs + out] = requestLabel;
        touchOutput(out);
        if (!touched[in]) {
            touched[in] = true;
            touchedInputs[touchedCount++] = in;
        }
    }

    private void touchOutput(int out) {
        if (!outTouched[out]) {
            outTouched[out] = true;
            touchedOutputs[touchedOutputCount++] = out;
        }
    }

    /**
     * Input {@code in} requests every output {@code firstOut + b} for each set bit b of {@code mask}
     * (bits must not cross a 64-output word), with label 0. One call per input VC for VC allocation.
     */
    void addRequests(int in, int firstOut, long mask) {
        if (mask == 0) {
            return;
        }
        int word = firstOut >>> 6;
        int shift = firstOut & 63;
        requestsByInput[in * outWords + word] |= mask << shift;
        long inBit = 1L << in;
        int inWord = in >>> 6;
        long bits = mask;
        while (bits != 0) {
            int out = firstOut + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            requestsByOutput[out * inWords + inWord] |= inBit;
            touchOutput(out);
        }
        if (!touched[in]) {
            touched[in] = true;
            touchedInputs[touchedCount++] = in;
        }
    }

    /** Replaces the label of an existing request. */
    void relabel(int in, int out, int requestLabel) {
        label[in * outputs + out] = requestLabel;
    }

    void allocate() {
        if (touchedCount == 0) {
            return;
        }
        for (int iter = 0; iter < iterations; iter++) {
            // Grant phase: only outputs that some input requested can grant.
            for (int t = 0; t < touchedOutputCount; t++) {
                int out = touchedOutputs[t];
                grant[out] = outMatch[out] == -1 ? firstUnmatchedRequester(out) : -1;
            }
            // Accept phase.
            boolean matched = false;
            for (int t = 0; t < touchedCount; t++) {
                int in = touchedInputs[t];
                if (inMatch[in] != -1) {
                    continue;
                }
                int out = firstGrantingOutput(in);
                if (out >= 0) {
                    inMatch[in] = out;
                    outMatch[out] = in;
                    matched = true;
                    if (iter == 0) {
                        grantPointer[out] = (in + 1) % inputs;
                        acceptPointer[in] = (out + 1) % outputs;
                    }
                }
            }
            if (!matched) {
                return;
            }
        }
    }

    /** Output matched to input {@code in}, or -1. */
    int outputAssigned(int in) {
        return inMatch[in];
    }

    private int firstUnmatchedRequester(int out) {
        int base = out * inWords;
        int start = grantPointer[out];
        for (int pass = 0; pass < 2; pass++) {
            int from = pass == 0 ? start : 0;
            int to = pass == 0 ? inputs : start;
            int in = nextSetBit(requestsByOutput, base, inWords, from, to);
            while (in >= 0) {
                if (inMatch[in] == -1) {
                    return in;
                }
                in = nextSetBit(requestsByOutput, base, inWords, in + 1, to);
            }
        }
        return -1;
    }

    private int firstGrantingOutput(int in) {
        int base = in * outWords;
        int start = acceptPointer[in];
        for (int pass = 0; pass < 2; pass++) {
            int from = pass == 0 ? start : 0;
            int to = pass == 0 ? outputs : start;
            int out = nextSetBit(requestsByInput, base, outWords, from, to);
            while (out >= 0) {
                if (grant[out] == in) {
                    return out;
                }
                out = nextSetBit(requestsByInput, base, outWords, out + 1, to);
            }
        }
        return -1;
    }

    /** First set bit in [from, to) of the bit row starting at {@code base}, or -1. */
    private static int nextSetBit(long[] words, int base, int wordCount, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int w = from >>> 6;
        long bits = words[base + w] & (-1L << from);
        while (true) {
            if (bits != 0) {
                int bit = (w << 6) + Long.numberOfTrailingZeros(bits);
                return bit < to ? bit : -1;
            }
            if (++w >= wordCount || (w << 6) >= to) {
                return -1;
            }
            bits = words[base + w];
        }
    }
}
