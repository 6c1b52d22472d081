package dev.precis.tlm;

/** A run failed or deadlocked; the partial result (with the statistics gathered so far) travels with it. */
public class SimulationException extends RuntimeException {
    private final transient SimulationResult result;

    public SimulationException(String message, SimulationResult result, Throwable cause) {
        super(message, cause);
        this.result = result;
    }

    public SimulationResult result() {
        return result;
    }
}
