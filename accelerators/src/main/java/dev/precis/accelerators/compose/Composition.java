package dev.precis.accelerators.compose;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.describe.NameSuggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An accelerator composition read from HOCON (a preset resource {@code presets/NAME.conf} or a file):
 *
 * <pre>
 * name = ant                       # report name (default: the preset or file name)
 * quantizer = ant                  # the quantizer that fits it (precis trace --quantizer)
 * quantizerOptions { design = ANT-OS }   # optional: its options (precis info QUANTIZER)
 * clock = 500 MHz                  # optional: every component's clock parameter
 * dataflow = os                    # optional: every component's dataflow parameter
 * components {
 *   controller { type = replay-controller, overlap = layer-aggregate }
 *   pe         { type = ant-pe-array, rows = 32, cols = 32 }
 *   memory     { type = ideal-memory, widthBits = 1024 }
 * }
 * links = [
 *   { from = controller.compute, to = pe.in, latency = 1 ps }
 *   { from = controller.memory, to = memory.in }
 * ]
 * </pre>
 *
 * Overrides ({@code --set KEY=VALUE}) address a component's parameter as {@code COMPONENT.PARAM} and a
 * top-level setting by its name; {@code --set memory=dram:hbm2} (or {@code ideal}, {@code ideal:BITS},
 * {@code dram:FILE.ini}) replaces the component named {@code memory} ({@link MemorySwap}); an override of a key that does not exist fails like a wrong key in the file.
 * A composition-wide {@code clock} or {@code dataflow} given also in a component block is an error (set it
 * once). Everything else about the components (types, parameters, ports) is checked by the
 * {@link Elaborator}.
 */
public final class Composition {
    /** The top-level keys a composition may have. */
    public static final Set<String> TOP_LEVEL = Set.of("name", "description", "quantizer", "quantizerOptions", "clock",
            "dataflow", "components", "links");
    /** Top-level settings copied into every component block that declares a parameter of the same name. */
    public static final List<String> SHARED_SETTINGS = List.of("clock", "dataflow");
    /** Link latency when a link gives none. */
    public static final String DEFAULT_LATENCY = "1 ps";

    private final String source;
    private final String name;
    private final String description;
    private final String quantizer;
    private final Map<String, String> quantizerOptions;
    private final Config config;
    private final List<ComponentBlock> components;
    private final List<LinkSpec> links;

    private Composition(String source, String defaultName, Config config) {
        this.source = source;
        this.config = config;
        for (Map.Entry<String, ConfigValue> e : config.root().entrySet()) {
            if (!TOP_LEVEL.contains(e.getKey())) {
                throw new CompositionException(e.getValue().origin(), e.getKey(), "unknown top-level key"
                        + NameSuggestions.didYouMean(e.getKey(), TOP_LEVEL) + " (known: " + String.join(", ", new TreeSet<>(TOP_LEVEL)) + ")");
            }
        }
        this.name = optionalString("name", defaultName);
        this.description = optionalString("description", "");
        this.quantizer = required("quantizer", ConfigValueType.STRING).unwrapped().toString();
        this.quantizerOptions = readQuantizerOptions();
        this.components = readComponents();
        this.links = readLinks();
    }

    /** A preset's composition: {@code presets/NAME.conf} on the class path. */
    public static Composition preset(String name, Map<String, String> overrides) {
        String resource = "presets/" + name + ".conf";
        ClassLoader loader = Composition.class.getClassLoader();
        if (!Presets.names().contains(name) || loader.getResource(resource) == null) {
            throw new CompositionException("--accelerator", "unknown accelerator '" + name + "'"
                    + NameSuggestions.didYouMean(name, Presets.names()) + " (presets: " + String.join(", ", Presets.names())
                    + "; or give a .conf file)");
        }
        Config c = parse(resource, () -> ConfigFactory.parseResources(loader, resource,
                ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF)));
        return of(resource, name, c, overrides);
    }

    /** A composition file. */
    public static Composition file(Path file, Map<String, String> overrides) {
        if (!Files.isRegularFile(file)) {
            throw new CompositionException("--accelerator", "no such composition file: " + file);
        }
        String fileName = file.getFileName().toString();
        String base = fileName.endsWith(".conf") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Config c = parse(file.toString(), () -> ConfigFactory.parseFile(file.toFile(),
                ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF)));
        return of(file.toString(), base, c, overrides);
    }

    /** A preset name, or a path when it ends in {@code .conf} or names an existing file. */
    public static Composition load(String accelerator, Map<String, String> overrides) {
        if (accelerator == null || accelerator.isBlank()) {
            throw new CompositionException("--accelerator", "give a preset name or a .conf file");
        }
        Path p = Path.of(accelerator);
        if (accelerator.endsWith(".conf") || Files.exists(p)) return file(p, overrides);
        return preset(accelerator, overrides);
    }

    private interface Parser {
        Config parse();
    }

    private static Config parse(String source, Parser parser) {
        try {
            return parser.parse();
        } catch (ConfigException e) {
            throw new CompositionException(source, "cannot read the composition: " + e.getMessage());
        }
    }

    private static Composition of(String source, String defaultName, Config parsed, Map<String, String> overrides) {
        Config c = parsed;
        // The memory swap first, so that --set memory.PARAM and memoryDma.PARAM address the new components.
        if (overrides.containsKey(MemorySwap.KEY)) c = MemorySwap.apply(source, c, overrides.get(MemorySwap.KEY));
        for (Map.Entry<String, String> o : new TreeMap<>(overrides).entrySet()) {
            if (o.getKey().equals(MemorySwap.KEY)) continue;
            c = override(source, c, o.getKey(), o.getValue());
        }
        try {
            c = c.resolve();
        } catch (ConfigException e) {
            throw new CompositionException(source, e.getMessage());
        }
        return new Composition(source, defaultName, c);
    }

    private static Config override(String source, Config c, String key, String value) {
        String origin = "--set " + key + "=" + value;
        String path;
        String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        if (!key.contains(".")) {
            if (!TOP_LEVEL.contains(key) || key.equals("components") || key.equals("links")) {
                throw new CompositionException(origin, "no setting '" + key + "' in " + source + NameSuggestions.didYouMean(key,
                        Set.of("name", "description", "quantizer", "clock", "dataflow"))
                        + " (top-level settings: clock, dataflow, description, name, quantizer; memory=ideal|ideal:BITS|dram:PRESET|dram:FILE.ini"
                        + " replaces the memory; a component's parameter is COMPONENT.PARAM)");
            }
            path = key;
        } else if (first.equals("quantizerOptions")) {
            path = key;
        } else {
            Set<String> names = c.hasPath("components") && c.getValue("components").valueType() == ConfigValueType.OBJECT
                    ? c.getObject("components").keySet() : Set.of();
            if (!names.contains(first)) {
                throw new CompositionException(origin, "no component '" + first + "' in " + source
                        + NameSuggestions.didYouMean(first, names) + " (components: " + String.join(", ", new TreeSet<>(names)) + ")");
            }
            if (key.substring(first.length() + 1).equals("type")) {
                throw new CompositionException(origin, "a component's type cannot be overridden; write a composition file");
            }
            path = "components." + key;
        }
        return c.withValue(path, ConfigValueFactory.fromAnyRef(value, origin));
    }

    private String optionalString(String key, String fallback) {
        if (!config.hasPath(key)) return fallback;
        return required(key, ConfigValueType.STRING).unwrapped().toString();
    }

    private ConfigValue required(String key, ConfigValueType type) {
        if (!config.hasPath(key)) {
            throw new CompositionException(config.origin(), key, "missing (required top-level key)");
        }
        ConfigValue v = config.getValue(key);
        if (v.valueType() != type && !(type == ConfigValueType.STRING && v.valueType() == ConfigValueType.NUMBER)) {
            throw new CompositionException(v.origin(), key, "must be a " + type.name().toLowerCase() + ", got "
                    + v.valueType().name().toLowerCase());
        }
        return v;
    }

    private Map<String, String> readQuantizerOptions() {
        if (!config.hasPath("quantizerOptions")) return Map.of();
        ConfigValue v = required("quantizerOptions", ConfigValueType.OBJECT);
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : ((ConfigObject) v).entrySet()) {
            if (e.getValue().valueType() == ConfigValueType.OBJECT || e.getValue().valueType() == ConfigValueType.LIST
                    || e.getValue().valueType() == ConfigValueType.NULL) {
                throw new CompositionException(e.getValue().origin(), "quantizerOptions." + e.getKey(), "must be a single value");
            }
            out.put(e.getKey(), e.getValue().unwrapped().toString());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private List<ComponentBlock> readComponents() {
        ConfigValue v = required("components", ConfigValueType.OBJECT);
        ConfigObject all = (ConfigObject) v;
        if (all.isEmpty()) throw new CompositionException(v.origin(), "components", "no components");
        List<ComponentBlock> out = new ArrayList<>();
        for (String instance : new TreeSet<>(all.keySet())) {
            ConfigValue block = all.get(instance);
            String key = "components." + instance;
            if (block.valueType() != ConfigValueType.OBJECT) {
                throw new CompositionException(block.origin(), key, "must be an object { type = ..., PARAM = VALUE }");
            }
            Config b = ((ConfigObject) block).toConfig();
            if (!b.hasPath("type")) throw new CompositionException(block.origin(), key + ".type", "missing: every component needs a type");
            ConfigValue type = b.getValue("type");
            if (type.valueType() != ConfigValueType.STRING) {
                throw new CompositionException(type.origin(), key + ".type", "must be a component type name");
            }
            Config params = b.withoutPath("type");
            for (String shared : SHARED_SETTINGS) {
                if (config.hasPath(shared) && params.hasPath(shared)) {
                    throw new CompositionException(params.getValue(shared).origin(), key + "." + shared,
                            "also set at the top level (" + CompositionException.where(config.getValue(shared).origin())
                                    + "); set it once");
                }
            }
            out.add(new ComponentBlock(instance, type.unwrapped().toString(), params, block.origin()));
        }
        return out;
    }

    private List<LinkSpec> readLinks() {
        if (!config.hasPath("links")) return List.of();
        ConfigValue v = config.getValue("links");
        if (v.valueType() != ConfigValueType.LIST) {
            throw new CompositionException(v.origin(), "links", "must be a list of { from = A.PORT, to = B.PORT, latency = 1 ps }");
        }
        List<LinkSpec> out = new ArrayList<>();
        int i = 0;
        for (ConfigValue item : config.getList("links")) {
            String key = "links[" + i++ + "]";
            if (item.valueType() != ConfigValueType.OBJECT) {
                throw new CompositionException(item.origin(), key, "must be an object { from = A.PORT, to = B.PORT }");
            }
            Config l = ((ConfigObject) item).toConfig();
            for (String k : l.root().keySet()) {
                if (!Set.of("from", "to", "latency").contains(k)) {
                    throw new CompositionException(l.getValue(k).origin(), key + "." + k, "unknown link key (known: from, to, latency)");
                }
            }
            String from = linkEnd(l, key, "from");
            String to = linkEnd(l, key, "to");
            long latency;
            ConfigOrigin latencyOrigin = l.hasPath("latency") ? l.getValue("latency").origin() : item.origin();
            try {
                latency = SimTime.parse(l.hasPath("latency") ? l.getValue("latency").unwrapped().toString() : DEFAULT_LATENCY);
            } catch (RuntimeException e) {
                throw new CompositionException(latencyOrigin, key + ".latency", "not a time such as 1 ps or 2 ns: " + e.getMessage());
            }
            if (latency < 1) throw new CompositionException(latencyOrigin, key + ".latency", "must be at least 1 ps");
            out.add(new LinkSpec(from, to, latency, item.origin()));
        }
        return out;
    }

    private static String linkEnd(Config l, String key, String end) {
        if (!l.hasPath(end)) throw new CompositionException(l.origin(), key + "." + end, "missing (COMPONENT.PORT)");
        ConfigValue v = l.getValue(end);
        String s = v.unwrapped().toString();
        if (v.valueType() != ConfigValueType.STRING || !s.contains(".")) {
            throw new CompositionException(v.origin(), key + "." + end, "must be COMPONENT.PORT, got '" + s + "'");
        }
        return s;
    }

    public String source() {
        return source;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String quantizer() {
        return quantizer;
    }

    /** Options of {@link #quantizer()} (for the default quantizer only). */
    public Map<String, String> quantizerOptions() {
        return quantizerOptions;
    }

    public Config config() {
        return config;
    }

    public List<ComponentBlock> components() {
        return components;
    }

    public List<LinkSpec> links() {
        return links;
    }
}
