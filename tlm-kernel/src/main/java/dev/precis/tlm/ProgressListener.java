package dev.precis.tlm;

/**
 * Told how far a long run has got, roughly every million events (never per event: it must stay off the hot
 * path). Called from the engine's thread; implementations should be quick and must not touch the model.
 */
@FunctionalInterface
public interface ProgressListener {
    void progress(long simTimePs, long events);

    ProgressListener NONE = (t, e) -> { };
}
