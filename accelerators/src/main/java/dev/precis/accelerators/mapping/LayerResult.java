package dev.precis.accelerators.mapping;

/**
 * One layer mapped and costed the ANT artifact's way: its per-layer figures (the artifact's sweep columns:
 * cycles, memory wait cycles, buffer reads and writes, DRAM reads and writes) and energy parts.
 *
 * @param layer          layer name
 * @param mapping        the mapping
 * @param repeats        identical copies of the layer run back to back (counted in {@code stats})
 * @param weights        weight traffic of one copy
 * @param inputs         input traffic of one copy
 * @param outputs        output traffic of one copy
 * @param fillBits       bits of one copy transferred before compute starts (the resident blocks)
 * @param stats          event counts of all copies
 * @param searchEnergyNj the mapper's ranking energy of all copies (nJ)
 * @param energy         reported energy parts of all copies (pJ)
 */
public record LayerResult(String layer, Mapping mapping, long repeats, OperandTraffic weights, OperandTraffic inputs,
                          OperandTraffic outputs, long fillBits, LayerStats stats, double searchEnergyNj,
                          EnergyBreakdown energy) {

    public long cycles() {
        return stats.cycles();
    }

    public long computeCycles() {
        return stats.computeCycles();
    }

    public long stallCycles() {
        return stats.stallCycles();
    }

    public long dramReadBits() {
        return stats.dramReadBits();
    }

    public long dramWriteBits() {
        return stats.dramWriteBits();
    }

    public BufferAccesses buffers() {
        return stats.buffers();
    }

    /** MACs per cycle over the peak of the array at this layer's precision. */
    public double utilisation(long peakMacsPerCycle) {
        return stats.macs() / ((double) stats.cycles() * peakMacsPerCycle);
    }
}
