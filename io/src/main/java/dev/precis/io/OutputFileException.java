package dev.precis.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** A result file that cannot be written: {@code cannot write TARGET: REASON}, naming the file the user asked for. */
public final class OutputFileException extends IOException {
    private final transient Path target;
    private final String reason;

    public OutputFileException(Path target, String reason) {
        this(target, reason, null);
    }

    public OutputFileException(Path target, String reason, Throwable cause) {
        super("cannot write " + target + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    public Path target() {
        return target;
    }

    public String reason() {
        return reason;
    }

    /**
     * What went wrong, without the path of the file it happened to (a file system message names the temporary
     * file, which the user never asked for).
     */
    static String reason(IOException e) {
        if (e instanceof OutputFileException o) return o.reason();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return lowerFirst(f.getReason());
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lowerFirst(m);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
