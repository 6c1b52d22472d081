package dev.precis.components.drift;

import java.util.List;

/**
 * Dynamic precision without Drift's scheduler: tiles keep their arrival order, so a pass mixes precisions and
 * runs at its widest tile. Shows what the packing adds over detection alone.
 */
public final class ArrivalOrderPolicy implements DriftSchedulingPolicy {
    @Override
    public String policyName() {
        return "arrival-order";
    }

    @Override
    public String description() {
        return "tiles at their detected precision but in arrival order: a pass runs at its widest tile";
    }

    @Override
    public int runBits(int assignedBits, int staticBits) {
        return assignedBits;
    }

    @Override
    public boolean separatesPrecisions() {
        return false;
    }

    @Override
    public int choose(List<QueueView> ready, int subArrayBits) {
        for (int i = 0; i < ready.size(); i++) {
            if (ready.get(i).full()) return i;
        }
        return 0;
    }
}
