package dev.precis.sweep.eval;

import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.accelerators.mapping.EnergyCosts;
import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.components.energy.CactiSramTable;
import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.TechnologyNode;
import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.Dataflow;
import dev.precis.workloads.quant.AntDesign;
import java.util.List;
import java.util.Map;

/**
 * One ANT-family preset with a point's parameters applied: the {@link MapperDesign} the artifact's mapper runs,
 * and its silicon area.
 *
 * <p>Energies of a resized design: the preset's per-cycle core energies are those of its whole array, so they scale
 * with the PE count (energy per PE held at the preset's); the buffers' per-bit energies scale as CACTI 7's
 * per-access energies at the new and the preset's capacity (28 nm, 512-bit words, 16 banks, the shipped table's
 * closest organisation to the artifact's 32 banks). An unchanged preset therefore keeps the artifact's energies
 * exactly. Area: bit-brick PEs of the parts reconstruction ({@link DatapathCosts#bitBrickPe}, 32-bit accumulators;
 * ANT's decoders are not counted) plus the three buffers' CACTI areas.
 */
final class AntFamilyPoint {

    static final ParameterSet PARAMETERS = new ParameterSet(List.of(
            ParameterSpec.integer("pe.rows", "PE array rows (N)", 1, 4096),
            ParameterSpec.integer("pe.cols", "PE array columns (M)", 1, 4096),
            ParameterSpec.choice("pe.dataflow", "dataflow, output or weight stationary", List.of("os", "ws")),
            ParameterSpec.integer("buffer.weightKiB", "weight buffer, KiB", 8, 4096),
            ParameterSpec.integer("buffer.inputKiB", "input buffer, KiB", 8, 4096),
            ParameterSpec.integer("buffer.outputKiB", "output buffer, KiB", 8, 4096),
            ParameterSpec.integer("memory.bitsPerCycle", "memory interface, bits per cycle", 8, 65536),
            ParameterSpec.number("clock.mhz", "core clock, MHz", 1, 10000)));

    /** CACTI organisation used to scale buffer energies and to size buffer area. */
    private static final TechnologyNode NODE = TechnologyNode.NM28;
    private static final int WORD_BITS = 512;
    private static final int BANKS = 16;
    /** Accumulator width of a bit-brick PE (BitFusion's 32-bit accumulators). */
    private static final int ACCUMULATOR_BITS = 32;

    private AntFamilyPoint() {
    }

    static MapperDesign design(String accelerator, AntDesign preset, Map<String, String> p) {
        MapperDesign base = AntFamilyDesigns.of(preset);
        BitBrickArray a = base.array();
        int rows = (int) PARAMETERS.value(accelerator, p, "pe.rows", a.rows());
        int cols = (int) PARAMETERS.value(accelerator, p, "pe.cols", a.cols());
        Dataflow dataflow = PARAMETERS.word(accelerator, p, "pe.dataflow")
                .map(w -> w.equals("ws") ? Dataflow.WEIGHT_STATIONARY : Dataflow.OUTPUT_STATIONARY).orElse(base.dataflow());
        long weight = kib(accelerator, p, "buffer.weightKiB", base.weightBufferBytes());
        long input = kib(accelerator, p, "buffer.inputKiB", base.inputBufferBytes());
        long output = kib(accelerator, p, "buffer.outputKiB", base.outputBufferBytes());
        int bits = (int) PARAMETERS.value(accelerator, p, "memory.bitsPerCycle", base.interfaceBitsPerCycle());
        long clockHz = Math.round(PARAMETERS.value(accelerator, p, "clock.mhz", base.clockHz() / 1e6) * 1e6);

        EnergyCosts e = base.energy();
        double pes = (double) rows * cols / ((double) a.rows() * a.cols());
        double w = sramEnergyRatio(weight, base.weightBufferBytes());
        double i = sramEnergyRatio(input, base.inputBufferBytes());
        double o = sramEnergyRatio(output, base.outputBufferBytes());
        EnergyCosts scaled = new EnergyCosts(e.coreLeakNjPerCycle() * pes, e.coreDynamicNjPerCycle() * pes,
                e.weightReadNjPerBit() * w, e.weightWriteNjPerBit() * w, e.inputReadNjPerBit() * i,
                e.inputWriteNjPerBit() * i, e.outputReadNjPerBit() * o, e.outputWriteNjPerBit() * o,
                e.sramLeakNjPerCycle());
        return new MapperDesign(base.name(), new BitBrickArray(rows, cols, a.maxBits(), a.minBits(),
                a.precisionSwitchCycles()), dataflow, weight, input, output, bits, clockHz, scaled);
    }

    static double areaMm2(MapperDesign d) {
        BitBrickArray a = d.array();
        double pe = DatapathCosts.at28nm(DatapathCosts.bitBrickPe(a.maxBits(), a.minBits(), ACCUMULATOR_BITS)).areaMm2();
        return pe * a.rows() * a.cols() + sram(d.weightBufferBytes()).areaMm2() + sram(d.inputBufferBytes()).areaMm2()
                + sram(d.outputBufferBytes()).areaMm2();
    }

    private static long kib(String accelerator, Map<String, String> p, String key, long fallbackBytes) {
        return (long) PARAMETERS.value(accelerator, p, key, fallbackBytes / 1024.0) * 1024;
    }

    private static double sramEnergyRatio(long bytes, long baseBytes) {
        if (bytes == baseBytes) return 1.0;
        return sram(bytes).readPjPerAccess() / sram(baseBytes).readPjPerAccess();
    }

    private static CactiSramTable.Lookup sram(long bytes) {
        return CactiSramTable.shipped().lookup(NODE, bytes, WORD_BITS, BANKS, CactiSramTable.OutOfRange.REFUSE);
    }
}
