package dev.precis.workloads.tracegen;

/** The type of a quantizer option, which fixes how its {@code --param} text is parsed and written back. */
public enum OptionType {
    /** A 32-bit integer, e.g. {@code 64}. */
    INT,
    /** A finite number, e.g. {@code 0.03}; written back as Java's shortest round-trip text ({@code 1.0E-4}). */
    DOUBLE,
    /** {@code true} or {@code false} (also {@code on/off}, {@code yes/no}); written back as {@code true/false}. */
    BOOLEAN,
    /** Comma-separated integers, e.g. {@code 2,4,6,8}; the range applies to each. */
    INT_LIST,
    /** One word of a fixed set (case-insensitive, {@code _} for {@code -}); written back as declared. */
    CHOICE,
    /** Comma-separated words of a fixed set, e.g. {@code INT,FLINT,POT}. */
    CHOICE_LIST
}
