package dev.precis.tlm;

/** Why a run ended. */
public enum RunStatus {
    /** No events were left and no transaction was outstanding. */
    COMPLETED,
    /** The time limit was reached with events still pending. */
    TIME_LIMIT,
    /** A component asked the run to stop. */
    STOPPED,
    /** No events were left while transactions were still outstanding. */
    DEADLOCK,
    /** A component threw an exception. */
    FAILED
}
