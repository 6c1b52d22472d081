package dev.precis.cli;

import dev.precis.io.OutputFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The one line that describes a failure to the user, for every kind of exception or error a command can end in. */
final class ErrorLine {
    private ErrorLine() {}

    static String of(Throwable ex) {
        if (ex instanceof OutOfMemoryError e) return MemoryBudget.outOfMemory(e);
        if (ex instanceof StackOverflowError) {
            return "stack overflow: the input nests too deeply; raise the thread stack with PRECIS_JAVA_OPTS=-Xss16m";
        }
        if (ex instanceof OutputFileException e) return e.getMessage();
        // File-system exceptions carry only the path as their message; say what went wrong with it.
        if (ex instanceof NoSuchFileException e) return "no such file: " + e.getFile();
        if (ex instanceof AccessDeniedException e) return "permission denied: " + e.getFile();
        if (ex instanceof NotDirectoryException e) return "not a directory: " + e.getFile();
        if (ex instanceof FileSystemException e && e.getReason() != null) return e.getFile() + ": " + e.getReason();
        if (ex instanceof java.io.UncheckedIOException e && e.getCause() instanceof FileSystemException) {
            return of(e.getCause());
        }
        if (ex instanceof ArithmeticException) {
            return "a size is too large to compute (" + ex.getMessage() + "); use smaller sizes";
        }
        String m = ex.getMessage();
        if (ex instanceof NullPointerException || ex instanceof ClassCastException
                || ex instanceof IndexOutOfBoundsException || ex instanceof IllegalStateException && (m == null || m.isBlank())) {
            return "internal error: " + ex + " (a bug in Precis; --debug prints where)";
        }
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
