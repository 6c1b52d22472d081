package dev.precis.tlm.describe;

import dev.precis.tlm.ElaborationException;

/** A parameter is unknown, missing, malformed or out of range; the message names component, type and parameter. */
public class ParameterException extends ElaborationException {
    public ParameterException(String message) {
        super(message);
    }
}
