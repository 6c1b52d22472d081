package dev.precis.tlm;

/** What a transaction asks of its target (TLM-2.0's tlm_command, plus the commands an accelerator needs). */
public enum Command {
    READ,
    WRITE,
    /** Run a computation described by the transaction's extensions (a tile, a layer). */
    COMPUTE,
    /** A message with no memory semantics: a token, a control signal, a notification. */
    MESSAGE
}
