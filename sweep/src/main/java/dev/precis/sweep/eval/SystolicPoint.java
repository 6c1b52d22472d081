package dev.precis.sweep.eval;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.SystolicArray;
import java.util.List;
import java.util.Map;

/**
 * The SCALE-Sim v2 systolic-array timing model with a point's parameters. It times compute only (memory never
 * stalls it, as SCALE-Sim's CALC mode), so it has no energy; its area is the array's 8-bit MAC PEs of the parts
 * reconstruction ({@link DatapathCosts#bitBrickPe} with one 8-bit brick and a 32-bit accumulator).
 */
final class SystolicPoint {

    static final ParameterSet PARAMETERS = new ParameterSet(List.of(
            ParameterSpec.integer("pe.rows", "systolic array rows", 1, 4096),
            ParameterSpec.integer("pe.cols", "systolic array columns", 1, 4096),
            ParameterSpec.choice("pe.dataflow", "dataflow: output, weight or input stationary", List.of("os", "ws", "is")),
            ParameterSpec.number("clock.mhz", "core clock, MHz", 1, 10000)));

    /** SCALE-Sim's default array (scale.cfg: 32 x 32, os) and the ANT artifact's clock. */
    static final int DEFAULT_ROWS = 32;
    static final int DEFAULT_COLS = 32;
    static final double DEFAULT_CLOCK_MHZ = 500;

    private SystolicPoint() {
    }

    static SystolicArray array(String accelerator, Map<String, String> p) {
        return new SystolicArray((int) PARAMETERS.value(accelerator, p, "pe.rows", DEFAULT_ROWS),
                (int) PARAMETERS.value(accelerator, p, "pe.cols", DEFAULT_COLS));
    }

    static Dataflow dataflow(String accelerator, Map<String, String> p) {
        return switch (PARAMETERS.word(accelerator, p, "pe.dataflow").orElse("os")) {
            case "ws" -> Dataflow.WEIGHT_STATIONARY;
            case "is" -> Dataflow.INPUT_STATIONARY;
            default -> Dataflow.OUTPUT_STATIONARY;
        };
    }

    static double clockMhz(String accelerator, Map<String, String> p) {
        return PARAMETERS.value(accelerator, p, "clock.mhz", DEFAULT_CLOCK_MHZ);
    }

    static double areaMm2(SystolicArray a) {
        return DatapathCosts.at28nm(DatapathCosts.bitBrickPe(8, 8, 32)).areaMm2() * a.processingElements();
    }
}
