package dev.precis.validation.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small CSV file of reference figures: a header and rows, fields looked up by column name. */
public record CsvTable(String name, List<String> header, List<Row> rows) {

    /** One data row, {@code line} counting from the header line = 1 (comments and blank lines not counted). */
    public record Row(String tableName, List<String> header, int line, List<String> fields) {

        public String text(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalStateException(tableName + ": no column '" + column + "' in " + header);
            }
            if (i >= fields.size()) {
                throw new IllegalStateException(tableName + " row " + line + ": no value for column '" + column + "'");
            }
            return fields.get(i);
        }

        public double number(String column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(tableName + " row " + line + ", column " + column
                        + ": not a number: '" + text(column) + "'", e);
            }
        }
    }

    static CsvTable of(String name, List<String> lines) {
        List<String> header = split(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new Row(name, header, i + 1, split(lines.get(i))));
        }
        return new CsvTable(name, List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>(Arrays.stream(line.split(",", -1)).map(String::trim).toList());
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

}
