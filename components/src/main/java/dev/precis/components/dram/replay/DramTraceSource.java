package dev.precis.components.dram.replay;

/** A stream of trace requests in issue order: address, direction and the cycle it is due. */
public interface DramTraceSource extends AutoCloseable {

    /** Moves to the next request; false at the end of the trace. */
    boolean advance();

    long address();

    boolean isWrite();

    /** Cycle at which the request is offered to the controller (it enters then, or later under back-pressure). */
    long cycle();

    @Override
    default void close() {
    }
}
