package dev.precis.examples;

/**
 * One runnable example that teaches one concept (SST's basicLinks, basicClocks, ... are the model). Its output is
 * deterministic; a test compares it with a reference file, so the examples can never rot.
 */
public interface Example {
    /** Short name used by {@code precis example NAME}. */
    String name();

    /** What the example shows, in one line. */
    String teaches();

    /** Runs the example and returns what it prints. */
    String run();
}
