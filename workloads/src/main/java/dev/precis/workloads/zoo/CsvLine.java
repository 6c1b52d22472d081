package dev.precis.workloads.zoo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One comma-separated line of a topology file, with field access that reports where it failed. */
final class CsvLine {

    private final Path file;
    private final int lineNumber;
    private final List<String> fields;

    CsvLine(Path file, int lineNumber, String text) {
        this.file = file;
        this.lineNumber = lineNumber;
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            parts.add(part.strip());
        }
        // Trailing empty cells (SCALE-Sim rows end with a comma) carry nothing.
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        this.fields = parts;
    }

    int size() {
        return fields.size();
    }

    int lineNumber() {
        return lineNumber;
    }

    String text(int index, String fieldName) throws TopologyFormatException {
        if (index >= fields.size() || fields.get(index).isEmpty()) {
            throw new TopologyFormatException(file, lineNumber, fieldName, "missing value");
        }
        return fields.get(index);
    }

    int positiveInt(int index, String fieldName) throws TopologyFormatException {
        String value = text(index, fieldName);
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TopologyFormatException(file, lineNumber, fieldName, "'" + value + "' is not an integer");
        }
        if (parsed <= 0) {
            throw new TopologyFormatException(file, lineNumber, fieldName, "must be positive, got " + parsed);
        }
        return parsed;
    }

    TopologyFormatException error(String fieldName, String problem) {
        return new TopologyFormatException(file, lineNumber, fieldName, problem);
    }
}
