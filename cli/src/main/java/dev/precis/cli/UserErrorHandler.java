package dev.precis.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into one clear line on stderr and exit code 1; the stack trace only with
 * PRECIS_DEBUG=1. Bad input is the user's everyday experience, so the message must be enough.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": error: " + message(ex));
        if ("1".equals(System.getenv("PRECIS_DEBUG"))) ex.printStackTrace(cl.getErr());
        cl.getErr().flush();
        return 1;
    }

    private static String message(Throwable ex) {
        // File-system exceptions carry only the path as their message; say what went wrong with it.
        if (ex instanceof java.nio.file.NoSuchFileException e) return "no such file: " + e.getFile();
        if (ex instanceof java.nio.file.AccessDeniedException e) return "permission denied: " + e.getFile();
        if (ex instanceof java.io.UncheckedIOException e && e.getCause() != null
                && e.getCause() instanceof java.nio.file.FileSystemException) {
            return message(e.getCause());
        }
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
