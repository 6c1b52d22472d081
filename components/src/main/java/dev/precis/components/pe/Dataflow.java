package dev.precis.components.pe;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which operand stays in the processing elements while the others stream through.
 *
 * <p>In the GEMM view of a layer (M output pixels x N filters, each a dot product of length K):
 * output stationary keeps each PE's partial sum (spatial M x N, temporal K); weight stationary keeps a
 * weight (spatial K x N, temporal M); input stationary keeps an input (spatial K x M, temporal N).
 */
public enum Dataflow {
    OUTPUT_STATIONARY("os"),
    WEIGHT_STATIONARY("ws"),
    INPUT_STATIONARY("is");

    private final String shortName;

    Dataflow(String shortName) {
        this.shortName = shortName;
    }

    /** The SCALE-Sim name: {@code os}, {@code ws} or {@code is}. */
    public String shortName() {
        return shortName;
    }

    /** The dataflow named {@code os|ws|is} (or the enum name), case-insensitive. */
    public static Dataflow parse(String text) {
        for (Dataflow d : values()) {
            if (d.shortName.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataflow '" + text + "', known: "
                + Arrays.stream(values()).map(Dataflow::shortName).toList());
    }

    @Override
    public String toString() {
        return shortName.toUpperCase(Locale.ROOT);
    }
}
