package dev.precis.examples;

import dev.precis.tlm.describe.NameSuggestions;
import java.util.List;

/** The catalogue of examples, in the order a newcomer should read them. */
public final class Examples {
    private Examples() {}

    public static List<Example> all() {
        return List.of(new BasicLinks(), new BasicClocks(), new BasicProtocol(), new BasicParams(),
                new BasicStatistics());
    }

    /**
     * The example named {@code name}, or the one it abbreviates ({@code links} for {@code basic-links}); the error
     * for no or several matches suggests the nearest name and lists them all.
     */
    public static Example named(String name) {
        List<String> names = all().stream().map(Example::name).toList();
        for (Example e : all()) if (e.name().equals(name)) return e;
        List<String> matches = NameSuggestions.abbreviated(name, names);
        if (matches.size() == 1) return named(matches.get(0));
        if (matches.size() > 1) {
            throw new IllegalArgumentException("example name '" + name + "' is ambiguous: " + String.join(", ", matches));
        }
        throw new IllegalArgumentException("no example named '" + name + "'" + NameSuggestions.didYouMean(name, names)
                + " (examples: " + String.join(", ", names) + ")");
    }
}
