package dev.precis.components.pe;

import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

/**
 * The precision configuration a precision-flexible array carries from one run of its model to the next.
 * {@code precis run} elaborates a fresh model for every layer, so an array would start each layer unconfigured
 * and never pay for the switch from the previous layer's precision. Parameters {@code initialWeightBits} and
 * {@code initialActivationBits} say what the array is configured for when its run starts (0 and 0: unconfigured,
 * the first block configures it at no cost); statistics {@code finalWeightBits} and {@code finalActivationBits}
 * say what it is configured for when the run ends (its last block's precision, or the initial one if it computed
 * nothing). The replay runner copies every {@code final<X>} statistic of layer N's run into the {@code initial<X>}
 * parameter of the same component in layer N+1's model (accelerators/README.md, "Carried configuration"), so
 * the first block of a layer that differs from the previous layer's last pays the array's
 * {@code precisionSwitchCycles}, exactly as a change between two blocks of one layer does.
 */
public final class CarriedPrecision {

    public static final ParamSpec INITIAL_WEIGHT_BITS = ParamSpec.optional("initialWeightBits", ParamType.INT, "bits", "0",
            "weight precision the array is configured for when the run starts (0 with initialActivationBits 0: "
                    + "unconfigured); precis run carries the previous layer's finalWeightBits here").atLeast(0);
    public static final ParamSpec INITIAL_ACTIVATION_BITS = ParamSpec.optional("initialActivationBits", ParamType.INT,
            "bits", "0", "activation precision the array is configured for when the run starts (0: unconfigured); "
                    + "precis run carries the previous layer's finalActivationBits here").atLeast(0);

    public static final StatSpec FINAL_WEIGHT_BITS = new StatSpec("finalWeightBits", "bits",
            "weight precision the array is configured for when the run ends (0: unconfigured)");
    public static final StatSpec FINAL_ACTIVATION_BITS = new StatSpec("finalActivationBits", "bits",
            "activation precision the array is configured for when the run ends (0: unconfigured)");

    private CarriedPrecision() {
    }

    /** The two parameters, for a type's descriptor. */
    public static List<ParamSpec> params() {
        return List.of(INITIAL_WEIGHT_BITS, INITIAL_ACTIVATION_BITS);
    }

    /** The two statistics, for a type's descriptor. */
    public static List<StatSpec> statistics() {
        return List.of(FINAL_WEIGHT_BITS, FINAL_ACTIVATION_BITS);
    }

    /**
     * The precision {@code p} configures the array for at the start, null when unconfigured.
     *
     * @throws dev.precis.tlm.describe.ParameterException if only one of the two is set or one exceeds {@code maxBits}
     */
    public static OperandPrecision initial(Params p, int maxBits) {
        int w = p.getInt(INITIAL_WEIGHT_BITS.name());
        int a = p.getInt(INITIAL_ACTIVATION_BITS.name());
        if (w == 0 && a == 0) return null;
        if (w == 0 || a == 0) {
            throw p.invalid("initialWeightBits (" + w + ") and initialActivationBits (" + a
                    + ") are set together: both 0 (unconfigured) or both a precision");
        }
        if (w > maxBits || a > maxBits) {
            throw p.invalid("initial precision w" + w + " a" + a + " exceeds the array's maxBits " + maxBits);
        }
        return new OperandPrecision(w, a);
    }
}
