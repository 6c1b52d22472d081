package dev.precis.tlm.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statistic a component type registers: local name, unit, description. A type declares its statistics as
 * constants of this record and registers them with {@link dev.precis.tlm.stats.StatsScope#counter(StatSpec)} (or
 * {@code accumulator}, {@code histogram}), so what {@code precis info} prints is what a run records.
 *
 * <p>A name with placeholders in angle brackets ({@code tiles.<b>b}) declares a family: one statistic per value
 * seen in the run, registered as {@link #member}({@code 8}) = {@code tiles.8b}. Its description may use the same
 * placeholders ({@code tiles assigned <b> bits}), which the member fills in too.
 */
public record StatSpec(String name, String unit, String description) {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]+)>");

    public StatSpec {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("statistic name is empty");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** True for a family of statistics (a name with placeholders). */
    public boolean isFamily() {
        return PLACEHOLDER.matcher(name).find();
    }

    /** The member of this family for the placeholders' values, in the order they stand in the name. */
    public StatSpec member(Object... values) {
        List<String> placeholders = placeholders();
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException("statistic " + name + " takes " + placeholders.size()
                    + " value(s), not " + values.length);
        }
        String n = name;
        String d = description;
        for (int i = 0; i < values.length; i++) {
            String token = "<" + placeholders.get(i) + ">";
            n = n.replace(token, String.valueOf(values[i]));
            d = d.replace(token, String.valueOf(values[i]));
        }
        return new StatSpec(n, unit, d);
    }

    /**
     * What this declaration says a registered statistic named {@code registered} is: itself if the names are
     * equal, the family's member if {@code registered} is one, else empty.
     */
    public Optional<StatSpec> declaring(String registered) {
        if (!isFamily()) return registered.equals(name) ? Optional.of(this) : Optional.empty();
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(name);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(name.substring(last, m.start()))).append("(.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(name.substring(last)));
        Matcher r = Pattern.compile(regex.toString()).matcher(registered);
        if (!r.matches()) return Optional.empty();
        Object[] values = new Object[r.groupCount()];
        for (int i = 0; i < values.length; i++) values[i] = r.group(i + 1);
        return Optional.of(member(values));
    }

    private List<String> placeholders() {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(name);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
