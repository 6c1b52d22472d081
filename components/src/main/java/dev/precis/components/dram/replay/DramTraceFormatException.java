package dev.precis.components.dram.replay;

/** A trace line that cannot be read; the message names the file, the line number (none for the whole file) and the field. */
final class DramTraceFormatException extends IllegalArgumentException {

    private final String file;
    private final long line;
    private final String field;

    public DramTraceFormatException(String file, long line, String field, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + field + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
