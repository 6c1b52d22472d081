package dev.precis.accelerators.run;

/** Told after each layer has run (from the caller's thread); {@link #NONE} ignores it. */
@FunctionalInterface
public interface RunProgress {
    void layerDone(int index, int count, LayerReport layer);

    RunProgress NONE = (i, n, l) -> { };
}
