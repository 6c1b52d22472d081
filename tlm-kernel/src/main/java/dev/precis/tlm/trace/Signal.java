package dev.precis.tlm.trace;

/**
 * A value a component exposes for waveform viewing (a queue's occupancy, a busy flag). Setting it records a
 * change in the VCD trace when VCD tracing is on; otherwise it only remembers the value.
 */
public final class Signal {
    /** Where value changes go; the engine stamps them with the simulated time. */
    @FunctionalInterface
    public interface Sink {
        void changed(Signal signal, long value);

        Sink DISCARD = (s, v) -> { };
    }

    private final int id;
    private final String component;
    private final String name;
    private final int widthBits;
    private final Sink sink;
    private long value;

    public Signal(int id, String component, String name, int widthBits, Sink sink) {
        if (widthBits < 1 || widthBits > 64) {
            throw new IllegalArgumentException("signal " + component + "." + name + ": width " + widthBits
                    + " bits is outside 1..64");
        }
        if (name == null || name.isEmpty() || name.contains(" ")) {
            throw new IllegalArgumentException("signal name '" + name + "' of " + component + " must be non-empty without spaces");
        }
        this.id = id;
        this.component = component;
        this.name = name;
        this.widthBits = widthBits;
        this.sink = sink;
    }

    public void set(long newValue) {
        if (widthBits < 64 && (newValue >>> widthBits) != 0) {
            throw new IllegalArgumentException("signal " + component + "." + name + ": value " + newValue
                    + " does not fit in " + widthBits + " bits");
        }
        if (newValue == value) return;
        value = newValue;
        sink.changed(this, newValue);
    }

    public long value() { return value; }
    public int id() { return id; }
    public String component() { return component; }
    public String name() { return name; }
    public int widthBits() { return widthBits; }
}
