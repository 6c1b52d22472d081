package dev.precis.sweep.spec;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a sweep file (HOCON) and expands it into points, checking everything first: syntax, unknown keys,
 * value types, and every accelerator, model, quantizer and parameter value against the evaluator. Any problem
 * fails with {@link SweepFileException} naming the file, the line and the key, before a point runs.
 *
 * <pre>
 * accelerators = [ant-os, bitfusion]     # required: names the evaluator knows
 * models = [resnet18, vgg16]             # required
 * quantizers = [artifact]                # optional: each accelerator's default otherwise
 * batch = [1, 64]                        # optional: 1 otherwise
 * parameters {                           # optional grid axes, crossed
 *   pe.rows = [16, 32, 64]
 *   memory.bitsPerCycle = [512, 1024]
 * }
 * sample {                               # optional: sampled ranges, crossed with the grid
 *   method = latin-hypercube             # or random
 *   points = 8
 *   seed = 1
 *   ranges { buffer.inputKiB = { min = 64, max = 512 } }   # integer when min and max are (or integer = true)
 * }
 * </pre>
 */
public final class SweepFile {

    private static final Set<String> TOP_KEYS = Set.of("accelerators", "models", "quantizers", "batch", "parameters",
            "sample");
    private static final Set<String> SAMPLE_KEYS = Set.of("method", "points", "seed", "ranges");
    private static final Set<String> RANGE_KEYS = Set.of("min", "max", "integer");
    /** More points than this is a typo, not a sweep (and would not fit the results in memory). */
    static final int MAX_POINTS = 1_000_000;

    private final Path file;
    private final PointEvaluator evaluator;

    private SweepFile(Path file, PointEvaluator evaluator) {
        this.file = file;
        this.evaluator = evaluator;
    }

    public static SweepPlan load(Path file, PointEvaluator evaluator) {
        return new SweepFile(file, evaluator).plan();
    }

    private SweepPlan plan() {
        if (!Files.isRegularFile(file)) throw new SweepFileException(file.toString(), "", "no such sweep file");
        Config c;
        try {
            c = ConfigFactory.parseFile(file.toFile(),
                    ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false)).resolve();
        } catch (ConfigException e) {
            throw new SweepFileException(e.origin() == null ? file.toString() : where(e.origin().lineNumber()), "",
                    stripOrigin(e));
        }
        unknownKeys(c.root(), TOP_KEYS, "");
        List<Named> accelerators = names(c, "accelerators", true);
        for (Named a : accelerators) check(a, "accelerators", () -> evaluator.checkAccelerator(a.text()));
        List<Named> models = names(c, "models", true);
        List<Named> quantizers = c.hasPath("quantizers") ? names(c, "quantizers", true) : List.of();
        Map<String, List<String>> quantizersOf = new LinkedHashMap<>();
        for (Named a : accelerators) {
            List<String> qs = new ArrayList<>();
            if (quantizers.isEmpty()) qs.add(evaluator.defaultQuantizer(a.text()));
            for (Named q : quantizers) {
                check(q, "quantizers", () -> evaluator.checkQuantizer(a.text(), q.text()));
                qs.add(q.text());
            }
            quantizersOf.put(a.text(), qs);
            for (Named m : models) {
                for (String q : qs) check(m, "models", () -> evaluator.checkModel(a.text(), m.text(), q));
            }
        }
        List<Integer> batches = batches(c);
        List<ParameterAxis> axes = axes(c, accelerators);
        List<Map<String, String>> samples = samples(c, accelerators, axes);

        List<Map<String, String>> grid = grid(axes);
        long count = (long) accelerators.size() * models.size() * Math.max(1, quantizers.size()) * batches.size()
                * grid.size() * samples.size();
        if (count > MAX_POINTS) {
            throw new SweepFileException(file.toString(), "", "the sweep has " + count + " points, more than "
                    + MAX_POINTS + "; split it");
        }
        Map<String, Point> points = new LinkedHashMap<>();
        int produced = 0;
        for (Named a : accelerators) {
            for (Named m : models) {
                for (String q : quantizersOf.get(a.text())) {
                    for (int b : batches) {
                        for (Map<String, String> g : grid) {
                            for (Map<String, String> s : samples) {
                                Map<String, String> params = new TreeMap<>(g);
                                params.putAll(s);
                                Point p = Point.of(a.text(), m.text(), q, b, params);
                                points.putIfAbsent(p.canonical(), p);
                                produced++;
                            }
                        }
                    }
                }
            }
        }
        Set<String> keys = new java.util.TreeSet<>();
        axes.forEach(x -> keys.add(x.key()));
        if (!samples.isEmpty()) samples.get(0).keySet().forEach(keys::add);
        return new SweepPlan(file, new ArrayList<>(points.values()), new ArrayList<>(keys), produced - points.size());
    }

    private List<Integer> batches(Config c) {
        if (!c.hasPath("batch")) return List.of(1);
        List<Integer> out = new ArrayList<>();
        for (ConfigValue v : elements(c.getValue("batch"), "batch")) {
            Number n = integer(v, "batch");
            if (n.longValue() < 1 || n.longValue() > Integer.MAX_VALUE) {
                throw new SweepFileException(where(v), "batch", "batch must be a positive integer, got " + v.unwrapped());
            }
            out.add(n.intValue());
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private List<ParameterAxis> axes(Config c, List<Named> accelerators) {
        if (!c.hasPath("parameters")) return List.of();
        ConfigValue root = c.getValue("parameters");
        if (root.valueType() != ConfigValueType.OBJECT) {
            throw new SweepFileException(where(root), "parameters", "must be an object of parameter axes, e.g. "
                    + "parameters { pe.rows = [16, 32] }");
        }
        Map<String, ParameterAxis> axes = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : c.getConfig("parameters").entrySet()) {
            String key = canonicalKey(e.getKey());
            String path = "parameters." + key;
            List<String> values = new ArrayList<>();
            for (ConfigValue v : elements(e.getValue(), path)) {
                String text = scalar(v, path);
                for (Named a : accelerators) {
                    check(new Named(text, v), path, () -> evaluator.checkParameter(a.text(), key, text));
                }
                if (!values.contains(text)) values.add(text);
            }
            axes.put(key, new ParameterAxis(key, values));
        }
        return new ArrayList<>(axes.values());
    }

    private List<Map<String, String>> samples(Config c, List<Named> accelerators, List<ParameterAxis> axes) {
        if (!c.hasPath("sample")) return List.of(Map.of());
        ConfigValue root = c.getValue("sample");
        if (root.valueType() != ConfigValueType.OBJECT) {
            throw new SweepFileException(where(root), "sample", "must be an object with method, points, seed and ranges");
        }
        ConfigObject o = (ConfigObject) root;
        unknownKeys(o, SAMPLE_KEYS, "sample.");
        for (String required : List.of("method", "points", "seed", "ranges")) {
            if (!o.containsKey(required)) {
                throw new SweepFileException(where(root), "sample." + required, "missing (sample needs method, points, "
                        + "seed and ranges)");
            }
        }
        ConfigValue methodValue = o.get("method");
        String method = scalar(methodValue, "sample.method").toLowerCase(Locale.ROOT);
        Sampling.Method m = switch (method) {
            case "random" -> Sampling.Method.RANDOM;
            case "latin-hypercube", "lhs" -> Sampling.Method.LATIN_HYPERCUBE;
            default -> throw new SweepFileException(where(methodValue), "sample.method", "'" + method
                    + "' is not random or latin-hypercube");
        };
        ConfigValue pointsValue = o.get("points");
        long points = integer(pointsValue, "sample.points").longValue();
        if (points < 1 || points > MAX_POINTS) {
            throw new SweepFileException(where(pointsValue), "sample.points", "must be 1.." + MAX_POINTS + ", got " + points);
        }
        long seed = integer(o.get("seed"), "sample.seed").longValue();
        ConfigValue rangesValue = o.get("ranges");
        if (rangesValue.valueType() != ConfigValueType.OBJECT) {
            throw new SweepFileException(where(rangesValue), "sample.ranges", "must be an object of ranges, e.g. "
                    + "ranges { pe.rows = { min = 8, max = 64 } }");
        }
        Map<String, SampledRange> ranges = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : collectRanges((ConfigObject) rangesValue, "").entrySet()) {
            String key = e.getKey();
            String path = "sample.ranges." + key;
            ConfigObject r = (ConfigObject) e.getValue();
            unknownKeys(r, RANGE_KEYS, path + ".");
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw new SweepFileException(where(r), path, "a range needs min and max");
            }
            if (axes.stream().anyMatch(a -> a.key().equals(key))) {
                throw new SweepFileException(where(r), path, "is also a grid axis in parameters; give it one or the other");
            }
            double min = number(r.get("min"), path + ".min");
            double max = number(r.get("max"), path + ".max");
            boolean integer = r.containsKey("integer") ? bool(r.get("integer"), path + ".integer")
                    : isInteger(r.get("min")) && isInteger(r.get("max"));
            if (!(min <= max)) throw new SweepFileException(where(r), path, "min " + min + " is above max " + max);
            SampledRange range = new SampledRange(key, min, max, integer);
            for (ConfigValue bound : List.of(r.get("min"), r.get("max"))) {
                String text = integer ? Long.toString((long) number(bound, path)) : Double.toString(number(bound, path));
                if (integer && number(bound, path) != Math.rint(number(bound, path))) {
                    throw new SweepFileException(where(bound), path, "integer range bound " + bound.unwrapped()
                            + " is not an integer");
                }
                for (Named a : accelerators) {
                    check(new Named(text, bound), path, () -> evaluator.checkParameter(a.text(), key, text));
                }
            }
            ranges.put(key, range);
        }
        if (ranges.isEmpty()) throw new SweepFileException(where(rangesValue), "sample.ranges", "no range given");
        return new Sampling(m, (int) points, seed, new ArrayList<>(ranges.values())).draw();
    }

    /** Range objects by parameter path: the leaves {@code {min, max, ...}} of nested objects. */
    private Map<String, ConfigValue> collectRanges(ConfigObject o, String prefix) {
        Map<String, ConfigValue> out = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : o.entrySet()) {
            String key = prefix + e.getKey();
            ConfigValue v = e.getValue();
            if (v.valueType() != ConfigValueType.OBJECT) {
                throw new SweepFileException(where(v), "sample.ranges." + key, "must be a range { min = .., max = .. }");
            }
            ConfigObject child = (ConfigObject) v;
            if (child.containsKey("min") || child.containsKey("max")) {
                out.put(key, child);
            } else {
                out.putAll(collectRanges(child, key + "."));
            }
        }
        return out;
    }

    private static List<Map<String, String>> grid(List<ParameterAxis> axes) {
        List<Map<String, String>> grid = new ArrayList<>();
        grid.add(new TreeMap<>());
        for (ParameterAxis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : grid) {
                for (String v : axis.values()) {
                    Map<String, String> m = new TreeMap<>(partial);
                    m.put(axis.key(), v);
                    next.add(m);
                }
                if (next.size() > MAX_POINTS) break;
            }
            grid = next;
        }
        return grid;
    }

    private record Named(String text, ConfigValue value) {
    }

    private List<Named> names(Config c, String key, boolean required) {
        if (!c.hasPath(key)) {
            if (required) throw new SweepFileException(file.toString(), key, "missing (a sweep needs accelerators and models)");
            return List.of();
        }
        List<Named> out = new ArrayList<>();
        for (ConfigValue v : elements(c.getValue(key), key)) {
            if (v.valueType() != ConfigValueType.STRING) {
                throw new SweepFileException(where(v), key, "names must be strings, got " + describe(v));
            }
            String text = (String) v.unwrapped();
            if (out.stream().anyMatch(n -> n.text().equals(text))) {
                throw new SweepFileException(where(v), key, "'" + text + "' is listed twice");
            }
            out.add(new Named(text, v));
        }
        return out;
    }

    private List<ConfigValue> elements(ConfigValue v, String key) {
        if (v.valueType() == ConfigValueType.LIST) {
            List<ConfigValue> list = new ArrayList<>((com.typesafe.config.ConfigList) v);
            if (list.isEmpty()) throw new SweepFileException(where(v), key, "the list is empty");
            return list;
        }
        if (v.valueType() == ConfigValueType.OBJECT || v.valueType() == ConfigValueType.NULL) {
            throw new SweepFileException(where(v), key, "must be a value or a list of values, got " + describe(v));
        }
        return List.of(v);
    }

    /** A parameter value as canonical text: integral numbers without a fraction, other numbers as Java prints them. */
    private String scalar(ConfigValue v, String key) {
        return switch (v.valueType()) {
            case STRING -> (String) v.unwrapped();
            case BOOLEAN -> v.unwrapped().toString();
            case NUMBER -> {
                Number n = (Number) v.unwrapped();
                double d = n.doubleValue();
                yield n instanceof Integer || n instanceof Long ? Long.toString(n.longValue())
                        : d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            default -> throw new SweepFileException(where(v), key, "must be a number or a word, got " + describe(v));
        };
    }

    private Number integer(ConfigValue v, String key) {
        if (!isInteger(v)) throw new SweepFileException(where(v), key, "must be an integer, got " + describe(v));
        return (Number) v.unwrapped();
    }

    private double number(ConfigValue v, String key) {
        if (v.valueType() != ConfigValueType.NUMBER) {
            throw new SweepFileException(where(v), key, "must be a number, got " + describe(v));
        }
        return ((Number) v.unwrapped()).doubleValue();
    }

    private boolean bool(ConfigValue v, String key) {
        if (v.valueType() != ConfigValueType.BOOLEAN) {
            throw new SweepFileException(where(v), key, "must be true or false, got " + describe(v));
        }
        return (Boolean) v.unwrapped();
    }

    private static boolean isInteger(ConfigValue v) {
        return v.valueType() == ConfigValueType.NUMBER && (v.unwrapped() instanceof Integer || v.unwrapped() instanceof Long);
    }

    private void unknownKeys(ConfigObject o, Set<String> known, String prefix) {
        for (Map.Entry<String, ConfigValue> e : o.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new SweepFileException(where(e.getValue()), prefix + e.getKey(), "unknown key; known: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private void check(Named n, String key, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new SweepFileException(where(n.value()), key, e.getMessage());
        }
    }

    private String where(ConfigValue v) {
        return where(v.origin().lineNumber());
    }

    private String where(int line) {
        return line > 0 ? file + ":" + line : file.toString();
    }

    private static String canonicalKey(String path) {
        return String.join(".", ConfigUtil.splitPath(path));
    }

    private static String describe(ConfigValue v) {
        return v.valueType().name().toLowerCase(Locale.ROOT) + (v.valueType() == ConfigValueType.OBJECT
                || v.valueType() == ConfigValueType.LIST ? "" : " " + v.render());
    }

    /** Typesafe Config prefixes its messages with the origin; the sweep's prefix replaces it. */
    private static String stripOrigin(ConfigException e) {
        String m = e.getMessage();
        if (e.origin() != null) {
            String prefix = e.origin().description() + ": ";
            if (m.startsWith(prefix)) m = m.substring(prefix.length());
        }
        return m;
    }
}
