package dev.precis.tlm;

/** The target's verdict on a transaction (TLM-2.0's tlm_response_status). */
public enum ResponseStatus {
    INCOMPLETE,
    OK,
    ADDRESS_ERROR,
    COMMAND_ERROR,
    BURST_ERROR,
    GENERIC_ERROR
}
