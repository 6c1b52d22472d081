package dev.precis.components.drift;

import java.util.List;

/**
 * Drift's online scheduling as we reconstruct it (PAPERS.md section 3: "groups tiles by precision and assigns
 * them to sub-arrays so that the array stays busy"): every tile runs at its detected precision, tiles of one
 * precision queue together, and a free sub-array takes, in this order of preference, a full queue at the
 * precision it already runs (no reconfiguration), any full queue of the oldest layer, and otherwise (when
 * partial passes must go: the layer ended or the queues are full) the fullest queue.
 */
public final class DriftPackingPolicy implements DriftSchedulingPolicy {
    @Override
    public String policyName() {
        return "drift-packing";
    }

    @Override
    public String description() {
        return "tiles at their detected precision, queued by precision, full passes first, same precision preferred";
    }

    @Override
    public int runBits(int assignedBits, int staticBits) {
        return assignedBits;
    }

    @Override
    public boolean separatesPrecisions() {
        return true;
    }

    @Override
    public int choose(List<QueueView> ready, int subArrayBits) {
        int best = 0;
        for (int i = 1; i < ready.size(); i++) {
            if (better(ready.get(i), ready.get(best), subArrayBits)) best = i;
        }
        return best;
    }

    private static boolean better(QueueView a, QueueView b, int bits) {
        if (a.full() != b.full()) return a.full();
        if (a.layerSequence() != b.layerSequence()) return a.layerSequence() < b.layerSequence();
        boolean aSame = a.bits() == bits;
        boolean bSame = b.bits() == bits;
        if (aSame != bSame) return aSame;
        if (!a.full()) return a.tiles() > b.tiles();
        return false;
    }
}
