package dev.precis.workloads.tracegen;

import java.nio.file.Path;

/** What writing a trace produced: the file, its size, and how much it holds. */
public record TraceWriteResult(Path file, long bytes, int layers, long tiles, long elapsedNanos) {
}
