package dev.precis.components.noc.booksim;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of a BookSim2 configuration file, as its parser reads it (src/config.l, src/config.y): statements
 * {@code key = value;} separated by any white space (a statement may span lines, several may share one),
 * {@code //} comments to the end of the line; a key starts with a letter, {@code _} or {@code -} and continues
 * with letters, digits, {@code _}, {@code -} and {@code .}; a value is one such name or a number. Anything else
 * is an error naming the file and line.
 */
final class BookSimConfigSyntax {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;

    private BookSimConfigSyntax(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The statements of {@code text}, read from {@code file} (named in errors). */
    static List<BookSimStatement> parse(String file, String text) {
        return new BookSimConfigSyntax(file, text).statements();
    }

    private List<BookSimStatement> statements() {
        List<BookSimStatement> out = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= text.length()) {
                return out;
            }
            int keyLine = line;
            String key = word();
            if (key == null || !startsName(key)) {
                throw malformed(keyLine, "expected a key (a name such as num_vcs) but found " + found());
            }
            skipBlanks();
            if (!take('=')) {
                throw malformed(keyLine, "expected '=' after '" + key + "' but found " + found());
            }
            skipBlanks();
            String value = word();
            if (value == null) {
                throw malformed(line, "expected a value after '" + key + " =' but found " + found()
                        + (peek() == '{' || peek() == '"' ? " (vector and quoted values are not supported)" : ""));
            }
            int valueLine = line;
            skipBlanks();
            if (!take(';')) {
                throw malformed(valueLine, "expected ';' after '" + key + " = " + value + "' but found " + found());
            }
            out.add(new BookSimStatement(key, value, keyLine));
        }
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** A run of name and number characters, or null when none starts here. */
    private String word() {
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        return pos > start ? text.substring(start, pos) : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.' || c == '+';
    }

    private static boolean startsName(String word) {
        char c = word.charAt(0);
        return Character.isLetter(c) || c == '_' || c == '-';
    }

    private boolean take(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(pos);
        if (c == '\n') {
            return "the end of the line";
        }
        if (isWordChar(c)) {
            int end = pos;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            return "'" + text.substring(pos, end) + "'";
        }
        return "'" + c + "'";
    }

    private BookSimConfigException malformed(int atLine, String what) {
        return new BookSimConfigException(file + " line " + atLine + ": malformed statement: " + what, List.of());
    }
}
