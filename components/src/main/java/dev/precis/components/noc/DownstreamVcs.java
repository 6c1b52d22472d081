package dev.precis.components.noc;

/**
 * What an output port knows of the input buffer at the other end of its link: per virtual
 * channel, whether a packet holds it and how many flits it holds (credits not yet returned).
 * Mirrors BookSim2's BufferState with private per-VC buffers: a VC is taken at VC allocation,
 * and with {@code waitForTailCredit} it is released only when the tail flit's credit is back
 * and the buffer is empty.
 */
final class DownstreamVcs {

    private final int depth;
    private final boolean waitForTailCredit;
    private final int[] occupancy;
    private final int[] owner;
    private final boolean[] tailSent;
    /** Bit v set: VC v is free to be taken. */
    private long availableMask;

    DownstreamVcs(int vcs, int depth, boolean waitForTailCredit) {
        this.depth = depth;
        this.waitForTailCredit = waitForTailCredit;
        this.occupancy = new int[vcs];
        this.owner = new int[vcs];
        this.tailSent = new boolean[vcs];
        java.util.Arrays.fill(owner, -1);
        availableMask = vcs == 64 ? -1L : (1L << vcs) - 1;
    }

    long availableMask() {
        return availableMask;
    }

    boolean isAvailable(int vc) {
        return owner[vc] < 0;
    }

    boolean isFull(int vc) {
        return occupancy[vc] >= depth;
    }

    void take(int vc, int ownerTag) {
        owner[vc] = ownerTag;
        availableMask &= ~(1L << vc);
        tailSent[vc] = false;
    }

    void sendingFlit(int vc, boolean tail) {
        occupancy[vc]++;
        if (tail) {
            tailSent[vc] = true;
            if (!waitForTailCredit) {
                owner[vc] = -1;
                availableMask |= 1L << vc;
            }
        }
    }

    void credit(int vc) {
        if (occupancy[vc] <= 0) {
            throw new IllegalStateException("credit for empty virtual channel " + vc);
        }
        occupancy[vc]--;
        if (waitForTailCredit && occupancy[vc] == 0 && tailSent[vc]) {
            owner[vc] = -1;
            availableMask |= 1L << vc;
        }
    }

    int occupancy(int vc) {
        return occupancy[vc];
    }
}
