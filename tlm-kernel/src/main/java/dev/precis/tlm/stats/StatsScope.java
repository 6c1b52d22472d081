package dev.precis.tlm.stats;

import dev.precis.tlm.describe.StatSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one component. Names are local ({@code reads}); the scope prefixes the component's
 * hierarchical name. Registering a name again returns the existing statistic, so a component may register
 * lazily; registering it as another kind is an error.
 */
public final class StatsScope {
    private final String prefix;
    private final Map<String, Statistic> byName = new LinkedHashMap<>();

    public StatsScope(String componentName) {
        this.prefix = componentName;
    }

    public Counter counter(String name, String unit, String description) {
        return register(name, Counter.class, () -> new Counter(info(name, unit, description)));
    }

    public Accumulator accumulator(String name, String unit, String description) {
        return register(name, Accumulator.class, () -> new Accumulator(info(name, unit, description)));
    }

    /** A histogram of {@code binCount} bins of {@code binWidth}, the first starting at {@code lowest}. */
    public Histogram histogram(String name, String unit, String description, double lowest, double binWidth,
                               int binCount) {
        return register(name, Histogram.class,
                () -> new Histogram(info(name, unit, description), lowest, binWidth, binCount));
    }

    /** A counter described by {@code spec}: the name, unit and description a component type declares. */
    public Counter counter(StatSpec spec) {
        return counter(spec.name(), spec.unit(), spec.description());
    }

    /** An accumulator described by {@code spec}. */
    public Accumulator accumulator(StatSpec spec) {
        return accumulator(spec.name(), spec.unit(), spec.description());
    }

    /** A histogram described by {@code spec}; the bins are the registering component's choice. */
    public Histogram histogram(StatSpec spec, double lowest, double binWidth, int binCount) {
        return histogram(spec.name(), spec.unit(), spec.description(), lowest, binWidth, binCount);
    }

    public List<Statistic> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    private StatInfo info(String name, String unit, String description) {
        return new StatInfo(prefix + "." + name, unit, description);
    }

    private <S extends Statistic> S register(String name, Class<S> kind, java.util.function.Supplier<S> create) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException(prefix + ": statistic name is empty");
        Statistic existing = byName.get(name);
        if (existing != null) {
            if (!kind.isInstance(existing)) {
                throw new IllegalArgumentException(prefix + ": statistic '" + name + "' is already a "
                        + existing.getClass().getSimpleName() + ", not a " + kind.getSimpleName());
            }
            return kind.cast(existing);
        }
        S created = create.get();
        byName.put(name, created);
        return created;
    }
}
