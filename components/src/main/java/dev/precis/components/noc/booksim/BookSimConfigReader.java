package dev.precis.components.noc.booksim;

import dev.precis.components.noc.NocComponentType;
import dev.precis.components.noc.NocExperiment;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a BookSim2 configuration file into Precis parameters. Keys the file omits take BookSim2's defaults
 * (src/booksim_config.cpp), so that the file describes the same network here as in BookSim2; values are then
 * checked by the parameters' own specifications and rules, in the one path every configuration takes. A
 * malformed statement, a key set twice, and a value Precis cannot run (a topology, routing function,
 * allocator or traffic pattern it does not model, {@code seed = time}) are errors naming file and line;
 * keys Precis knows but does not model, and unknown keys, are collected in
 * {@link BookSimConfig#notModelled()} for the caller to refuse or, when asked, to warn about.
 */
public final class BookSimConfigReader {

    private BookSimConfigReader() {
    }

    public static BookSimConfig read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads the text of a configuration file named {@code file} in messages. */
    public static BookSimConfig parse(String file, String text) {
        List<BookSimStatement> statements = BookSimConfigSyntax.parse(file, text);
        Map<String, Object> network = new LinkedHashMap<>();
        Map<String, Object> experiment = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> notModelled = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BookSimStatement s : statements) {
            Integer earlier = seen.putIfAbsent(s.key(), s.line());
            if (earlier != null) {
                throw new BookSimConfigException(file + " line " + s.line() + ": " + s.key() + " is set again (first"
                        + " on line " + earlier + "); set each key once", List.of(s.key()));
            }
            BookSimKeys.Key key = BookSimKeys.get(s.key());
            if (key == null) {
                String near = BookSimKeys.nearest(s.key());
                notModelled.add("line " + s.line() + ": unknown key '" + s.key() + "'"
                        + (near == null ? "" : " (did you mean " + near + "?)"));
                continue;
            }
            switch (key.kind()) {
                case NETWORK -> {
                    network.put(s.key(), value(file, s, spec(s.key())));
                    lines.put(s.key(), s.line());
                }
                case EXPERIMENT -> {
                    experiment.put(s.key(), value(file, s, spec(s.key())));
                    lines.put(s.key(), s.line());
                }
                case DEFAULT_ONLY -> {
                    if (!BookSimKeys.isDefault(s.value(), key.bookSimDefault())) {
                        notModelled.add("line " + s.line() + ": " + s.key() + " = " + s.value()
                                + " (Precis models only BookSim2's default, "
                                + (key.bookSimDefault().isEmpty() ? "unset" : key.bookSimDefault()) + ")");
                    }
                }
                case NO_EFFECT -> {
                    // BookSim2 does not read it for anything Precis runs.
                }
                default -> throw new IllegalStateException("unhandled key kind " + key.kind());
            }
        }
        for (BookSimKeys.Key key : BookSimKeys.all().values()) {
            Map<String, Object> target = key.kind() == BookSimKeys.Kind.NETWORK ? network
                    : key.kind() == BookSimKeys.Kind.EXPERIMENT ? experiment : null;
            if (target == null || target.containsKey(key.name())) {
                continue;
            }
            if (key.bookSimDefault() == null) {
                throw new BookSimConfigException(file + ": " + key.name() + " is not set, and BookSim2's default"
                        + " ('none') names no routing function; set it to one of " + spec(key.name()).choices(),
                        List.of(key.name()));
            }
            target.put(key.name(), value(file, new BookSimStatement(key.name(), key.bookSimDefault(), 0),
                    spec(key.name())));
        }
        return new BookSimConfig(file, network, experiment, lines, notModelled);
    }

    private static ParamSpec spec(String name) {
        ParamSpec p = NocComponentType.DESCRIPTOR.param(name);
        if (p != null) {
            return p;
        }
        for (ParamSpec e : NocExperiment.PARAMS) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("BookSim2 key " + name + " is mapped to no Precis parameter");
    }

    /** The value of a modelled key in the form its parameter reads, refusing values Precis cannot run. */
    private static Object value(String file, BookSimStatement s, ParamSpec spec) {
        String v = s.value();
        String where = s.line() > 0 ? file + " line " + s.line() + ": " : file + ": ";
        if (spec.type() == ParamType.BOOLEAN && v.matches("-?[0-9]+")) {
            // BookSim2 reads these as integers and tests > 0.
            return Long.parseLong(v) > 0;
        }
        if (spec.name().equals(NocExperiment.SEED.name()) && v.equals("time")) {
            throw new BookSimConfigException(where + "seed = time gives a different run each time; give a number"
                    + " (the same inputs and seed give the same figures)", List.of(s.key()));
        }
        if (spec.name().equals(NocExperiment.TRAFFIC.name()) && v.equals("hotspot")) {
            throw new BookSimConfigException(where + "traffic = hotspot: BookSim2's hotspot takes its nodes and rates"
                    + " from hotspot_nodes and hotspot_rates, which Precis does not model (Precis' own hotspot is a"
                    + " different pattern)", List.of(s.key()));
        }
        if (spec.type() == ParamType.CHOICE && !spec.choices().contains(v)) {
            throw new BookSimConfigException(where + s.key() + " = " + v + " is a BookSim2 setting Precis does not"
                    + " model; Precis models " + String.join(", ", spec.choices()), List.of(s.key()));
        }
        return v;
    }
}
