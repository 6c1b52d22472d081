package dev.precis.tlm.describe;

/** The type of a component parameter, which also fixes how its text is parsed. */
public enum ParamType {
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    STRING,
    /** A time such as "10 ns"; held as picoseconds. */
    TIME,
    /** A frequency such as "500MHz"; held as hertz. */
    FREQUENCY,
    /** A size such as "128 KiB" or 4096; held as bytes. */
    BYTES,
    /** One of a fixed set of words. */
    CHOICE
}
