package dev.precis.components.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of a report: its value (a record's fields, a tree) as one line, ended by the line separator. */
public final class JsonLine {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private JsonLine() {
    }

    /** {@code value} as one JSON line. */
    public static String of(Object value) {
        try {
            return JSON.writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            // Reports are records of numbers, strings, lists and maps: failing to write one is a bug.
            throw new IllegalStateException("a report did not serialise to JSON: " + e.getMessage(), e);
        }
    }

    /** {@code value} as a JSON tree (an object for a record, an array for a list), to combine before {@link #of}. */
    public static <T extends JsonNode> T tree(Object value) {
        return JSON.valueToTree(value);
    }
}
