package dev.precis.workloads.tracegen;

/**
 * What the descriptors of a layer described without its tiles ({@link LayerQuantization#describe},
 * {@link DescriptorPass}) must hold: everything a trace file records, or only what an accelerator's replay reads.
 */
public enum DescriptorDetail {

    /** The descriptors {@link LayerQuantization#quantize} writes, scales included. */
    FULL,

    /**
     * Each operand's type and bits, the per-layer statistics as {@link #FULL} gives them, and no scales where
     * finding them is the only work left: a replay reads types and bits, never a scale (ANT's clipping search of an
     * operand whose type is fixed at its bits, BitFusion's int8 say, is then skipped). Such a descriptor has no
     * scales at all and the trace format refuses it, so it cannot reach a trace file.
     */
    FORMATS
}
