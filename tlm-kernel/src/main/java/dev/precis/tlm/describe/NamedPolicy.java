package dev.precis.tlm.describe;

/**
 * A {@link Policy} implementation's name and description held once, with equality by class: every instance of an
 * implementation is the same policy, so the one ServiceLoader makes equals the one a constant holds. Extend it
 * with a public no-argument constructor that passes both strings.
 */
public abstract class NamedPolicy implements Policy {
    private final String name;
    private final String description;

    protected NamedPolicy(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String policyName() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
