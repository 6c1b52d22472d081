package dev.precis.tlm;

/** The model cannot be built: an unbound port, a duplicate name, a bad link or parameter. */
public class ElaborationException extends RuntimeException {
    public ElaborationException(String message) {
        super(message);
    }

    public ElaborationException(String message, Throwable cause) {
        super(message, cause);
    }
}
