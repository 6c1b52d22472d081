package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks an input file before a reader opens it, so the error names the file (a read of a directory says only "Is a directory"). */
final class InputFiles {
    private InputFiles() {}

    static Path requireFile(Path file) throws NoSuchFileException {
        if (Files.isDirectory(file)) throw new IllegalArgumentException(file + ": is a directory, not a file");
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        return file;
    }
}
