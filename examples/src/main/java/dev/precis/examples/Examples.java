package dev.precis.examples;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogue of examples, in the order a newcomer should read them. */
public final class Examples {
    private Examples() {}

    public static List<Example> all() {
        return List.of(new BasicLinks(), new BasicClocks(), new BasicProtocol(), new BasicParams(),
                new BasicStatistics());
    }

    /** The example named {@code name}; the error lists them all. */
    public static Example named(String name) {
        for (Example e : all()) if (e.name().equals(name)) return e;
        throw new IllegalArgumentException("no example named '" + name + "'; examples: "
                + all().stream().map(Example::name).collect(Collectors.joining(", ")));
    }
}
