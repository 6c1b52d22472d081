package dev.precis.tlm;

/** A component threw while handling an event: who, when, what it was handling, and why. */
public record ComponentFailure(String component, long timePs, String event, Throwable cause) {
    public String message() {
        return "component " + component + " failed at " + SimTime.format(timePs) + " while handling " + event
                + ": " + cause;
    }
}
