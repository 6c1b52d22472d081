package dev.precis.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * A command line picocli cannot parse (unknown option, bad value, missing option), or a rule between options a
 * command checks itself: one line naming the option, with the nearest option names when one was misspelt, and
 * exit code 2. The full usage is one {@code --help} away rather than a screenful under every error.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        StringBuilder line = new StringBuilder(cl.getCommandSpec().qualifiedName()).append(": error: ")
                .append(withoutPicocliPrefix(ex.getMessage()));
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
        }
        line.append(" (see ").append(cl.getCommandSpec().qualifiedName()).append(" --help)");
        err.println(line);
        if (Main.debug(cl)) ex.printStackTrace(err);
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Picocli starts the messages of argument groups with its own "Error: "; the line already says "error:". */
    private static String withoutPicocliPrefix(String message) {
        return message != null && message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }
}
