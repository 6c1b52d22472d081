package dev.precis.tlm.describe;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.SimTime;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A component's parameters, checked against its descriptor: every name known, every required one present,
 * every value parsed to its type and inside its range; defaults filled in. Errors name the component, its
 * type and the parameter, and an unknown name lists the known ones.
 */
public final class Params {
    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*");

    private final String where;
    private final Map<String, Object> values;

    private Params(String where, Map<String, Object> values) {
        this.where = where;
        this.values = Collections.unmodifiableMap(values);
    }

    /** Checks raw values (strings, numbers, booleans) for component {@code instance} of the described type. */
    public static Params resolve(ComponentDescriptor d, String instance, Map<String, ?> raw) {
        return resolve("component " + instance + " (type " + d.typeName() + ")", d.params(), raw);
    }

    /**
     * Checks raw values against a list of parameter specifications that belong to no component type (for
     * example an experiment's settings); {@code where} names their owner in error messages.
     */
    public static Params resolve(String where, List<ParamSpec> specs, Map<String, ?> raw) {
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        for (ParamSpec p : specs) byName.put(p.name(), p);
        for (String key : raw.keySet()) {
            if (!byName.containsKey(key)) {
                throw new ParameterException(where + " has no parameter '" + key + "'; known parameters: "
                        + byName.keySet().stream().sorted().collect(Collectors.joining(", ")), List.of(key));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : specs) {
            Object v = raw.get(p.name());
            if (v == null) {
                if (p.isRequired()) {
                    throw new ParameterException(where + ": required parameter '" + p.name() + "' ("
                            + p.description() + ") is missing", List.of(p.name()));
                }
                v = p.defaultValue();
            }
            values.put(p.name(), parse(where, p, v));
        }
        return new Params(where, values);
    }

    /** The same, reading the values of a HOCON block (for example a component's block of a composition file). */
    public static Params resolve(ComponentDescriptor d, String instance, Config block) {
        Map<String, Object> raw = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : block.root().entrySet()) raw.put(e.getKey(), e.getValue().unwrapped());
        return resolve(d, instance, raw);
    }

    /** Defaults only (every parameter optional); used by tests and by {@code precis info} examples. */
    public static Params defaults(ComponentDescriptor d, String instance) {
        return resolve(d, instance, Map.of());
    }

    public int getInt(String name) { return (Integer) get(name, Integer.class); }
    public long getLong(String name) { return (Long) get(name, Long.class); }
    public double getDouble(String name) { return (Double) get(name, Double.class); }
    public boolean getBoolean(String name) { return (Boolean) get(name, Boolean.class); }
    public String getString(String name) { return (String) get(name, String.class); }
    /** TIME parameters, in picoseconds. */
    public long getTimePs(String name) { return (Long) get(name, Long.class); }
    /** FREQUENCY parameters, in hertz. */
    public long getFrequencyHz(String name) { return (Long) get(name, Long.class); }
    /** BYTES parameters. */
    public long getBytes(String name) { return (Long) get(name, Long.class); }

    /** {@code component NAME (type TYPE)}, for messages about these parameters. */
    public String where() {
        return where;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * The implementation the slot's parameter names, looked up in the slot interface's
     * {@link PolicyRegistry}; an unknown name fails naming the component, the parameter and the
     * registered implementations.
     */
    public <T extends Policy> T policy(SlotSpec<T> slot) {
        return PolicyRegistry.load(slot.policyType()).require(getString(slot.name()),
                where + ": parameter '" + slot.name() + "'");
    }

    /**
     * An error about parameters that are each valid but break a rule between them (for a type's
     * {@code create}); the message is prefixed with the component and its type.
     */
    public ParameterException invalid(String message) {
        return new ParameterException(where + ": " + message);
    }

    /** Who the parameters belong to, as error messages name it: "component top.noc (type noc)". */
    public String owner() {
        return where;
    }

    private Object get(String name, Class<?> type) {
        Object v = values.get(name);
        if (v == null) throw new ParameterException(where + " reads parameter '" + name + "' it does not declare");
        if (!type.isInstance(v)) {
            throw new ParameterException(where + ": parameter '" + name + "' is a " + v.getClass().getSimpleName()
                    + ", read as " + type.getSimpleName());
        }
        return v;
    }

    private static Object parse(String where, ParamSpec p, Object raw) {
        String text = String.valueOf(raw).trim();
        Object value;
        try {
            switch (p.type()) {
                case INT: value = Math.toIntExact(wholeNumber(raw, text)); break;
                case LONG: value = wholeNumber(raw, text); break;
                case DOUBLE: value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(text); break;
                case BOOLEAN: value = parseBoolean(raw, text); break;
                case STRING: value = text; break;
                case TIME: value = SimTime.parse(text); break;
                case FREQUENCY: value = ClockDomain.parse(text).frequencyHz(); break;
                case BYTES: value = raw instanceof Number n ? wholeNumber(n, text) : parseBytes(text); break;
                default:
                    if (!p.choices().contains(text)) {
                        throw new IllegalArgumentException("'" + text + "' is not one of " + p.choices());
                    }
                    value = text;
                    break;
            }
        } catch (RuntimeException e) {
            throw new ParameterException(where + ": parameter '" + p.name() + "' = '" + text + "' is not a valid "
                    + p.type().name().toLowerCase() + ": " + e.getMessage(), List.of(p.name()));
        }
        checkRange(where, p, value);
        return value;
    }

    private static void checkRange(String where, ParamSpec p, Object value) {
        if (!(value instanceof Number n)) return;
        double d = n.doubleValue();
        if (Double.isNaN(d)) throw new ParameterException(where + ": parameter '" + p.name() + "' is NaN", List.of(p.name()));
        if (p.min() != null && d < p.min()) {
            throw new ParameterException(where + ": parameter '" + p.name() + "' = " + value + " is below its minimum "
                    + format(p.min()) + " " + p.unit(), List.of(p.name()));
        }
        if (p.max() != null && d > p.max()) {
            throw new ParameterException(where + ": parameter '" + p.name() + "' = " + value + " is above its maximum "
                    + format(p.max()) + " " + p.unit(), List.of(p.name()));
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static long wholeNumber(Object raw, String text) {
        if (raw instanceof Integer || raw instanceof Long) return ((Number) raw).longValue();
        return new BigDecimal(text).longValueExact();
    }

    private static boolean parseBoolean(Object raw, String text) {
        if (raw instanceof Boolean b) return b;
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("1")) return true;
        if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") || text.equals("0")) return false;
        throw new IllegalArgumentException("expected true or false");
    }

    /** "4096", "128 KiB", "2MiB", "1.5 kB": IEC units are binary, SI units decimal. */
    static long parseBytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("expected a size such as 4096, 128 KiB or 2 MiB");
        long unit;
        switch (m.group(2)) {
            case "": case "B": unit = 1; break;
            case "KiB": unit = 1L << 10; break;
            case "MiB": unit = 1L << 20; break;
            case "GiB": unit = 1L << 30; break;
            case "kB": case "KB": unit = 1000; break;
            case "MB": unit = 1_000_000; break;
            case "GB": unit = 1_000_000_000; break;
            default: throw new IllegalArgumentException("unknown size unit '" + m.group(2)
                    + "' (B, KiB, MiB, GiB, kB, MB, GB)");
        }
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)).longValueExact();
    }
}
