package dev.precis.tlm.describe;

import dev.precis.tlm.ElaborationException;
import java.util.List;

/**
 * A parameter is unknown, missing, malformed or out of range, or parameters break a rule between them; the
 * message names component, type and parameter. {@link #parameters()} names the parameters at fault, so that a
 * reader of a configuration file can point at the lines that set them.
 */
public class ParameterException extends ElaborationException {
    private final List<String> parameters;

    public ParameterException(String message) {
        this(message, List.of());
    }

    public ParameterException(String message, List<String> parameters) {
        super(message);
        this.parameters = List.copyOf(parameters);
    }

    /** Names of the parameters the error is about (empty when it is about none in particular). */
    public List<String> parameters() {
        return parameters;
    }
}
