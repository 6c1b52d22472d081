package dev.precis.components.dram;

/** Told when a request completes: a read's data has returned, or a write was accepted. */
@FunctionalInterface
public interface DramCompletionListener {
    void completed(DramTransaction transaction, long cycle);
}
