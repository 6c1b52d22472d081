package dev.precis.components.pe;

import dev.precis.tlm.ExtensionKey;

/**
 * The numeric formats of a COMPUTE block's two operands, carried under {@link #KEY} next to
 * {@link ComputeWork} for arrays whose cost depends on the format (ANT's decoders, LPA's log-domain PEs).
 * The replay takes them from the trace's tensor descriptors.
 */
public record OperandFormats(NumberFormat weights, NumberFormat activations) {
    public static final ExtensionKey<OperandFormats> KEY = ExtensionKey.of("pe.formats", OperandFormats.class);

    public OperandFormats {
        if (weights == null || activations == null) throw new IllegalArgumentException("both operand formats are required");
    }

    /** From the trace's type names, e.g. {@code of("flint4s", "int4u")}. */
    public static OperandFormats of(String weightType, String activationType) {
        return new OperandFormats(NumberFormat.parse(weightType), NumberFormat.parse(activationType));
    }
}
