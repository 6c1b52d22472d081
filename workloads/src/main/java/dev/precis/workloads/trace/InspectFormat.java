package dev.precis.workloads.trace;

/** Output format of {@code precis trace inspect}. */
public enum InspectFormat {
    TEXT,
    JSON
}
