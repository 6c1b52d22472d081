package dev.precis.workloads.tracegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One option a quantizer takes ({@code precis trace --param NAME=VALUE}): name, type, default,
 * range (numbers; for an {@link OptionType#INT_LIST}, each element) or choices, and description.
 * The name is also the key under which the trace header records the value, and {@link #format}
 * writes the value back as text that {@link #parse} reads to the same value, so a header's
 * settings passed back as options reproduce the trace.
 *
 * @param defaultText the default as canonical text (what {@link #format} writes)
 * @param range allowed numeric values, or null for any finite number (INT, DOUBLE, INT_LIST)
 * @param choices the allowed words (CHOICE, CHOICE_LIST), empty otherwise
 */
public record OptionSpec(String name, OptionType type, String defaultText, OptionRange range, List<String> choices,
                         String description) {

    public OptionSpec {
        if (name == null || name.isBlank() || defaultText == null || description == null) {
            throw new IllegalArgumentException("an option needs a name, a default and a description");
        }
        choices = List.copyOf(choices);
        boolean choiceType = type == OptionType.CHOICE || type == OptionType.CHOICE_LIST;
        if (choiceType == choices.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": choices are given exactly for choice types");
        }
    }

    public static OptionSpec integer(String name, int defaultValue, OptionRange range, String description) {
        return new OptionSpec(name, OptionType.INT, Integer.toString(defaultValue), range, List.of(), description);
    }

    public static OptionSpec decimal(String name, double defaultValue, OptionRange range, String description) {
        return new OptionSpec(name, OptionType.DOUBLE, Double.toString(defaultValue), range, List.of(), description);
    }

    public static OptionSpec flag(String name, boolean defaultValue, String description) {
        return new OptionSpec(name, OptionType.BOOLEAN, Boolean.toString(defaultValue), null, List.of(), description);
    }

    public static OptionSpec integers(String name, int[] defaultValue, OptionRange range, String description) {
        return new OptionSpec(name, OptionType.INT_LIST, joinInts(defaultValue), range, List.of(), description);
    }

    public static OptionSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new OptionSpec(name, OptionType.CHOICE, defaultValue, null, choices, description);
    }

    public static OptionSpec choices(String name, List<String> defaultValue, List<String> choices, String description) {
        return new OptionSpec(name, OptionType.CHOICE_LIST, String.join(",", defaultValue), null, choices, description);
    }

    /**
     * The value of {@code text}: Integer, Double, Boolean, int[], String or List of String by type.
     *
     * @throws IllegalArgumentException naming the quantizer, the option and what it must be
     */
    public Object parse(String quantizer, String text) {
        String v = text.strip();
        switch (type) {
            case INT:
                return inRange(quantizer, text, integer(quantizer, v, text, "an integer"));
            case DOUBLE:
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw bad(quantizer, text, "a number");
                }
                if (!Double.isFinite(d)) {
                    throw bad(quantizer, text, "a finite number");
                }
                return inRange(quantizer, text, d);
            case BOOLEAN:
                return switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "on", "yes" -> true;
                    case "false", "off", "no" -> false;
                    default -> throw bad(quantizer, text, "true or false");
                };
            case INT_LIST:
                String[] parts = v.split(",", -1);
                int[] ints = new int[parts.length];
                for (int i = 0; i < ints.length; i++) {
                    ints[i] = integer(quantizer, parts[i].strip(), text, "comma-separated integers");
                    if (range != null && !range.contains(ints[i])) {
                        throw bad(quantizer, text, "comma-separated integers in " + range);
                    }
                }
                return ints;
            case CHOICE:
                return choiceOf(quantizer, v, text);
            default:
                List<String> words = new ArrayList<>();
                for (String part : v.split(",", -1)) {
                    words.add(choiceOf(quantizer, part.strip(), text));
                }
                return List.copyOf(words);
        }
    }

    /** The canonical text of a value of this option's type (what the trace header records). */
    public String format(Object value) {
        return switch (type) {
            case INT_LIST -> joinInts((int[]) value);
            case CHOICE_LIST -> String.join(",", castList(value));
            default -> value.toString();
        };
    }

    /** The range or the choices as {@code precis info} prints them, e.g. {@code range [1, 65535]}. */
    public String constraint() {
        if (!choices.isEmpty()) {
            return (type == OptionType.CHOICE ? "one of " : "any of ") + String.join("|", choices);
        }
        if (range == null) {
            return "";
        }
        return (type == OptionType.INT_LIST ? "each in " : "range ") + range;
    }

    private int integer(String quantizer, String v, String text, String expected) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(quantizer, text, expected);
        }
    }

    private Object inRange(String quantizer, String text, double value) {
        if (range != null && !range.contains(value)) {
            throw new IllegalArgumentException(quantizer + ": option " + name + " must be in " + range + ", got "
                    + text.strip());
        }
        return type == OptionType.INT ? (Object) (int) value : (Object) value;
    }

    private String choiceOf(String quantizer, String word, String text) {
        String wanted = normal(word);
        for (String c : choices) {
            if (normal(c).equals(wanted)) {
                return c;
            }
        }
        throw bad(quantizer, text, (type == OptionType.CHOICE ? "one of " : "comma-separated words of ")
                + String.join(", ", choices));
    }

    private static String normal(String word) {
        return word.toUpperCase(Locale.ROOT).replace('_', '-');
    }

    private IllegalArgumentException bad(String quantizer, String value, String expected) {
        return new IllegalArgumentException(quantizer + ": option " + name + " must be " + expected + ", got '"
                + value + "'");
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static String joinInts(int[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }
}
