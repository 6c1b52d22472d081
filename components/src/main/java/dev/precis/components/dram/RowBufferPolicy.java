package dev.precis.components.dram;

/** Row-buffer management (DRAMSim3 row_buf_policy). */
public enum RowBufferPolicy {
    /** Rows stay open after a column access; later hits to the row skip the activate. */
    OPEN_PAGE,
    /** Every column access auto-precharges (RDA/WRA). */
    CLOSE_PAGE
}
