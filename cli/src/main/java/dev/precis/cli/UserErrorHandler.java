package dev.precis.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one clear line on stderr and exit code 1; the stack trace only with
 * --debug or PRECIS_DEBUG=1. Bad input is the user's everyday experience, so the message must be enough.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex, cl.getCommandSpec().qualifiedName(), Main.debug(cl), cl.getErr());
    }

    /** Prints {@code command: error: MESSAGE} (and the stack trace when debugging); returns exit code 1. */
    static int report(Throwable ex, String command, boolean debug, PrintWriter err) {
        err.println(command + ": error: " + ErrorLine.of(ex));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return 1;
    }
}
