package dev.precis.workloads.tensor;

import java.io.IOException;
import java.nio.file.Path;

/** A {@code .npy} file that cannot be imported; the message names the file and what is wrong. */
public final class NpyFormatException extends IOException {

    private final Path file;

    public NpyFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
