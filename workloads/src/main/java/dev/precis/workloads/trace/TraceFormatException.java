package dev.precis.workloads.trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trace file that is truncated, corrupted, of another format version, or inconsistent.
 * Names the file, the record number (0 = the preamble with magic and version, then 1, 2, ...
 * in file order) and the field at fault.
 */
public final class TraceFormatException extends IOException {

    private final Path file;
    private final long recordNumber;
    private final String field;

    public TraceFormatException(Path file, long recordNumber, String field, String problem) {
        super(file + ": record " + recordNumber + ", field '" + field + "': " + problem);
        this.file = file;
        this.recordNumber = recordNumber;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public long recordNumber() {
        return recordNumber;
    }

    public String field() {
        return field;
    }
}
