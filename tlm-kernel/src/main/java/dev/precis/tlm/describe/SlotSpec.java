package dev.precis.tlm.describe;

/**
 * A slot a component type declares: a named place for one {@link Policy} implementation, chosen by name
 * in the component's parameters ({@code policy = drift-packing}). The slot's parameter (a string whose
 * default is {@link #defaultPolicy()}) is derived from the slot by {@link ComponentDescriptor}, so the
 * default is stated once; {@link Params#policy(SlotSpec)} resolves the chosen name through a
 * {@link PolicyRegistry}, failing with the component, the parameter and the registered names.
 *
 * @param name          the parameter that selects the implementation
 * @param policyType    the slot's interface (the ServiceLoader service)
 * @param defaultPolicy the implementation used when the parameter is not given
 * @param description   what the slot decides
 * @param <T>           the slot's interface
 */
public record SlotSpec<T extends Policy>(String name, Class<T> policyType, String defaultPolicy, String description) {
    public SlotSpec {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("slot name is empty");
        if (policyType == null) throw new IllegalArgumentException("slot " + name + " has no policy type");
        if (defaultPolicy == null || defaultPolicy.isEmpty()) {
            throw new IllegalArgumentException("slot " + name + " has no default policy");
        }
        description = description == null ? "" : description;
    }

    /** The string parameter that selects the implementation. */
    public ParamSpec param() {
        return ParamSpec.optional(name, ParamType.STRING, "", defaultPolicy,
                description + " (slot " + policyType.getSimpleName() + ")");
    }
}
