package dev.precis.accelerators.systolic;

import dev.precis.components.pe.SystolicLayerTiming;

/**
 * One layer on a systolic array: the timing of one of its GEMMs, run {@code count} times back to back
 * (groups of a grouped convolution, batch x heads of an attention product; 1 otherwise).
 */
public record SystolicLayerResult(String layer, SystolicLayerTiming timing, long count) {

    public long cycles() {
        return Math.multiplyExact(timing.cycles(), count);
    }

    public long macs() {
        return Math.multiplyExact(timing.macs(), count);
    }
}
