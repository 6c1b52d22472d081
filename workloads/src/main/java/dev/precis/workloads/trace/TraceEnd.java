package dev.precis.workloads.trace;

/** Last record: how many records preceded it and how many tiles the file holds; its absence means truncation. */
public record TraceEnd(long recordsBefore, long totalTiles) implements TraceRecord {
}
