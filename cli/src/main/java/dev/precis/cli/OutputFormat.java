package dev.precis.cli;

import dev.precis.io.Report;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option every command that prints a report shares: {@code table} (the text form; {@code text}
 * is its first name, still accepted) or {@code json}. A command mixes it in and prints its report through
 * {@link #print}.
 */
final class OutputFormat {

    /** The two forms of a {@link Report}. */
    enum Form { table, json }

    @Option(names = "--format", defaultValue = "text", converter = FormConverter.class, paramLabel = "<format>",
            description = "text or json (default ${DEFAULT-VALUE}; table = text)")
    Form form;

    boolean json() {
        return form == Form.json;
    }

    /** Prints {@code report} in the chosen form. */
    void print(PrintWriter out, Report report) {
        out.print(json() ? report.json() : report.text());
        out.flush();
    }

    /** Reads {@code table}, {@code text} (the same) or {@code json}, case-sensitive like the enums of other options. */
    static final class FormConverter implements CommandLine.ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            return switch (value) {
                case "table", "text" -> Form.table;
                case "json" -> Form.json;
                default -> throw new CommandLine.TypeConversionException(
                        "expected one of [text, table, json] (case-sensitive) but was '" + value + "'");
            };
        }
    }
}
