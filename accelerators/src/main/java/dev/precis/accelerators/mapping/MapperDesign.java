package dev.precis.accelerators.mapping;

import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.Dataflow;

/**
 * What the mapper needs of an accelerator: a bit-brick PE array, three double-buffered buffers, an ideal
 * fixed-width memory interface, a clock, the dataflow, and the per-event energies.
 *
 * @param name                   design name in reports
 * @param array                  the PE array (rows N x cols M, pmax/pmin)
 * @param dataflow               output or weight stationary
 * @param weightBufferBytes      weight buffer capacity (both halves)
 * @param inputBufferBytes       input (activation) buffer capacity
 * @param outputBufferBytes      output buffer capacity
 * @param interfaceBitsPerCycle  bits the memory interface moves per cycle, reads and writes alike
 * @param clockHz                core clock
 * @param energy                 per-event energies
 */
public record MapperDesign(String name, BitBrickArray array, Dataflow dataflow, long weightBufferBytes,
                           long inputBufferBytes, long outputBufferBytes, int interfaceBitsPerCycle, long clockHz,
                           EnergyCosts energy) {

    public MapperDesign {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("design needs a name");
        }
        if (array == null || energy == null) {
            throw new IllegalArgumentException(name + ": array and energy are required");
        }
        if (dataflow != Dataflow.OUTPUT_STATIONARY && dataflow != Dataflow.WEIGHT_STATIONARY) {
            throw new IllegalArgumentException(name + ": the mapper models output- and weight-stationary arrays, got "
                    + dataflow);
        }
        if (weightBufferBytes <= 0 || inputBufferBytes <= 0 || outputBufferBytes <= 0) {
            throw new IllegalArgumentException(name + ": buffer sizes must be positive, got weight=" + weightBufferBytes
                    + " input=" + inputBufferBytes + " output=" + outputBufferBytes);
        }
        if (interfaceBitsPerCycle <= 0 || clockHz <= 0) {
            throw new IllegalArgumentException(name + ": interfaceBitsPerCycle and clockHz must be positive, got "
                    + interfaceBitsPerCycle + " and " + clockHz);
        }
    }

    /** Bits a tile of {@code operand} may occupy: half its buffer (the other half is being filled or drained). */
    public long halfBufferBits(Operand operand) {
        long bytes = switch (operand) {
            case WEIGHTS -> weightBufferBytes;
            case INPUTS -> inputBufferBytes;
            case OUTPUTS -> outputBufferBytes;
        };
        return bytes * 8 / 2;
    }

    public MapperDesign withDataflow(Dataflow newDataflow) {
        return new MapperDesign(name, array, newDataflow, weightBufferBytes, inputBufferBytes, outputBufferBytes,
                interfaceBitsPerCycle, clockHz, energy);
    }
}
