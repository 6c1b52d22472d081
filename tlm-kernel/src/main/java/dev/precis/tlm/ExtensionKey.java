package dev.precis.tlm;

/**
 * The typed key of a transaction extension (TLM-2.0's extension mechanism): a precision, a tile, slice
 * statistics. Keys compare by identity, so create each once, as a constant of the class that owns the meaning.
 *
 * @param <T> the type of the value stored under the key
 */
public final class ExtensionKey<T> {
    private final String name;
    private final Class<T> type;

    private ExtensionKey(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ExtensionKey<T> of(String name, Class<T> type) {
        return new ExtensionKey<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
