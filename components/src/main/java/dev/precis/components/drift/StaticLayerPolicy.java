package dev.precis.components.drift;

import java.util.List;

/**
 * The baseline: a precision-flexible array running a statically quantized model, every tile at its layer's
 * static precision, queues served oldest first.
 */
public final class StaticLayerPolicy implements DriftSchedulingPolicy {
    @Override
    public String policyName() {
        return "static-layer";
    }

    @Override
    public String description() {
        return "every tile at the layer's static precision (the BitFusion-style baseline), oldest queue first";
    }

    @Override
    public int runBits(int assignedBits, int staticBits) {
        return staticBits;
    }

    @Override
    public boolean separatesPrecisions() {
        return true;
    }

    @Override
    public int choose(List<QueueView> ready, int subArrayBits) {
        for (int i = 0; i < ready.size(); i++) {
            if (ready.get(i).full()) return i;
        }
        return 0;
    }
}
