package dev.precis.sweep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters one accelerator family accepts, by key; an unknown key fails listing the known ones. */
final class ParameterSet {

    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();

    ParameterSet(List<ParameterSpec> specs) {
        specs.forEach(s -> this.specs.put(s.key(), s));
    }

    ParameterSpec spec(String accelerator, String key) {
        ParameterSpec s = specs.get(key);
        if (s == null) {
            throw new IllegalArgumentException("unknown parameter '" + key + "' for accelerator '" + accelerator
                    + "'; known: " + String.join(", ", specs.keySet()));
        }
        return s;
    }

    /** The parameter's value in {@code assignment}, parsed, or {@code fallback} when the point does not set it. */
    double value(String accelerator, Map<String, String> assignment, String key, double fallback) {
        String text = assignment.get(key);
        return text == null ? fallback : spec(accelerator, key).parse(text);
    }

    Optional<String> word(String accelerator, Map<String, String> assignment, String key) {
        String text = assignment.get(key);
        return text == null ? Optional.empty() : Optional.of(spec(accelerator, key).word(text));
    }

    void checkAll(String accelerator, Map<String, String> assignment) {
        assignment.forEach((k, v) -> spec(accelerator, k).parse(v));
    }
}
