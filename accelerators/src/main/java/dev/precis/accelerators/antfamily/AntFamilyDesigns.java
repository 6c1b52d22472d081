package dev.precis.accelerators.antfamily;

import dev.precis.accelerators.mapping.EnergyCosts;
import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.Dataflow;
import dev.precis.workloads.quant.AntDesign;

/**
 * The ANT artifact's design configurations (clevercool/ANT-Quantization, ant_simulator/conf_ant.ini,
 * conf_olaccel.ini, conf_adafloat.ini, conf_biscaled.ini; PAPERS.md section 1) and the per-event energies its
 * simulator derives for each (simulator.py {@code get_energy_cost}: CACTI at 28 nm for 32-bank buffers of
 * 512-bit words, the synthesised systolic-array table for the core; the figures as that code computes them,
 * in nJ, as recorded from a run of the artifact here: reference/ant/energy_costs.json).
 *
 * <p>All designs share 128 KiB weight, 256 KiB input and 128 KiB output buffers, a 1024-bit memory interface and
 * 500 MHz. Only ANT-WS runs weight stationary: run_ant.py sweeps every other design with the default output
 * stationary dataflow.
 */
public final class AntFamilyDesigns {

    /** Weight buffer bytes (conf_*.ini {@code Wgt_SRAM}). */
    static final long WEIGHT_BUFFER_BYTES = 131072;
    /** Input buffer bytes (conf_*.ini {@code Act_SRAM}). */
    static final long INPUT_BUFFER_BYTES = 262144;
    /** Output buffer bytes (conf_*.ini {@code Out_SRAM}). */
    static final long OUTPUT_BUFFER_BYTES = 131072;
    /** Memory interface width in bits per cycle (conf_*.ini {@code if_width}). */
    static final int INTERFACE_BITS_PER_CYCLE = 1024;
    /** Core clock (conf_*.ini {@code frequency}). */
    static final long CLOCK_HZ = 500_000_000L;

    /** Buffer per-bit energies (nJ) of the shared 128/256/128 KiB buffers, and their leakage per cycle (nJ). */
    private static final double WBUF_READ = 3.299296875e-05;
    private static final double WBUF_WRITE = 3.9730859375e-05;
    private static final double IBUF_READ = 3.47046875e-05;
    private static final double IBUF_WRITE = 4.8606640625e-05;
    private static final double OBUF_READ = 9.21703125e-06;
    private static final double OBUF_WRITE = 1.299765625e-05;
    private static final double SRAM_LEAK = 0.803257344;

    private AntFamilyDesigns() {
    }

    /** The artifact's configuration of {@code design}. */
    public static MapperDesign of(AntDesign design) {
        return switch (design) {
            // conf_ant.ini: a = 32, c = 32, high_prec = 8, low_prec = 4; core 0.131715072 / 0.57335808 nJ per cycle.
            case ANT_OS -> design(design, 32, 32, 8, 4, Dataflow.OUTPUT_STATIONARY, 0.131715072, 0.57335808);
            case ANT_WS -> design(design, 32, 32, 8, 4, Dataflow.WEIGHT_STATIONARY, 0.131715072, 0.57335808);
            case BITFUSION -> design(design, 32, 32, 8, 4, Dataflow.OUTPUT_STATIONARY, 0.131715072, 0.57335808);
            // conf_olaccel.ini: a = 16, c = 18, 8/4; core 0.037044864 / 0.16125696.
            case OLACCEL -> design(design, 16, 18, 8, 4, Dataflow.OUTPUT_STATIONARY, 0.037044864, 0.16125696);
            // conf_adafloat.ini: a = 32, c = 28, 8/4; core 0.115250688 / 0.50168832.
            case ADAFLOAT -> design(design, 32, 28, 8, 4, Dataflow.OUTPUT_STATIONARY, 0.115250688, 0.50168832);
            // conf_biscaled.ini: a = 32, c = 80, 6/6; core 0.14570496 / 0.63427584.
            case BISCALED -> design(design, 32, 80, 6, 6, Dataflow.OUTPUT_STATIONARY, 0.14570496, 0.63427584);
        };
    }

    private static MapperDesign design(AntDesign design, int rows, int cols, int maxBits, int minBits, Dataflow dataflow,
                                       double coreLeakNj, double coreDynamicNj) {
        EnergyCosts costs = new EnergyCosts(coreLeakNj, coreDynamicNj, WBUF_READ, WBUF_WRITE, IBUF_READ, IBUF_WRITE,
                OBUF_READ, OBUF_WRITE, SRAM_LEAK);
        return new MapperDesign(design.label(), BitBrickArray.of(rows, cols, maxBits, minBits), dataflow,
                WEIGHT_BUFFER_BYTES, INPUT_BUFFER_BYTES, OUTPUT_BUFFER_BYTES, INTERFACE_BITS_PER_CYCLE, CLOCK_HZ, costs);
    }
}
