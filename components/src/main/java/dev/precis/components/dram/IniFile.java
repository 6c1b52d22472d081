package dev.precis.components.dram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal INI reader with the conventions of inih, which DRAMSim3 uses: {@code [section]}
 * headers, {@code key = value} (or {@code key: value}), full-line comments starting with
 * {@code ;} or {@code #}, inline comments starting with {@code ;} after whitespace. Section
 * and key names are case-insensitive. Every entry keeps its line number for error messages.
 */
final class IniFile {

    /** One {@code key = value} line. Section and key are lower case; {@code rawKey} keeps the file's spelling. */
    public record Entry(String section, String key, String rawKey, String value, int line) {
    }

    private final String source;
    private final List<Entry> entries;

    private IniFile(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public static IniFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        }
    }

    public static IniFile parse(String source, Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Entry> entries = new ArrayList<>();
        String section = "";
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String text = stripInlineComment(line).trim();
            if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1).trim();
            }
            if (text.isEmpty() || text.startsWith(";") || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(source + " line " + number + ": section header without ']': " + line.trim());
                }
                section = text.substring(1, close).trim().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = text.indexOf('=');
            int colon = text.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (sep <= 0) {
                throw new IllegalArgumentException(source + " line " + number + ": expected 'key = value', got: " + line.trim());
            }
            String rawKey = text.substring(0, sep).trim();
            String value = text.substring(sep + 1).trim();
            entries.add(new Entry(section, rawKey.toLowerCase(Locale.ROOT), rawKey, value, number));
        }
        return new IniFile(source, entries);
    }

    private static String stripInlineComment(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == ';' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    public String source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }
}
