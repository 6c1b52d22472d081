package dev.precis.validation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.validation.Check;
import dev.precis.validation.ValidationRun;

/**
 * validation.json: exactly {@code {"checks": [{"id", "source", "quantity", "reference", "precis", "relError",
 * "tolerance", "pass"}]}}, the checks in report order. The same text is what {@code --format json} prints.
 */
public final class ValidationJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationJson() {
    }

    public static String of(ValidationRun run) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode checks = root.putArray("checks");
        for (Check c : run.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id());
            n.put("source", c.source());
            n.put("quantity", c.quantity());
            n.put("reference", c.reference());
            n.put("precis", c.precis());
            n.put("relError", c.relError());
            n.put("tolerance", c.tolerance());
            n.put("pass", c.pass());
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write validation.json: " + e.getMessage(), e);
        }
    }
}
