package dev.precis.workloads.zoo;

import java.io.IOException;
import java.nio.file.Path;

/** A user topology file (SCALE-Sim CSV or GEMM list) that cannot be read; names file, line and field. */
public final class TopologyFormatException extends IOException {

    private final Path file;
    private final int line;
    private final String field;

    public TopologyFormatException(Path file, int line, String field, String problem) {
        super(file + ": line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The column or field at fault, or null. */
    public String field() {
        return field;
    }
}
