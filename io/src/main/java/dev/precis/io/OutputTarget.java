package dev.precis.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a result file can go where the user asked, before anything is written, and says why not. */
final class OutputTarget {
    private OutputTarget() {}

    /** Fails on a target that is a directory or lies under a file; creates missing parent directories. */
    static void prepare(Path target, Path absolute) throws OutputFileException {
        if (absolute.getFileName() == null) throw new OutputFileException(target, "it is a directory; give a file name");
        if (Files.isDirectory(absolute)) throw new OutputFileException(target, "it is a directory; give a file name");
        Path dir = absolute.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) break;
            if (Files.exists(p)) throw new OutputFileException(target, p + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputFileException(target, "cannot create its directory " + dir + ": "
                    + OutputFileException.reason(e), e);
        }
    }
}
