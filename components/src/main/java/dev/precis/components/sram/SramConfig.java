package dev.precis.components.sram;

import static dev.precis.components.sram.SramComponentType.ACCESS_LATENCY;
import static dev.precis.components.sram.SramComponentType.BANKS;
import static dev.precis.components.sram.SramComponentType.CAPACITY;
import static dev.precis.components.sram.SramComponentType.CLOCK;
import static dev.precis.components.sram.SramComponentType.DOUBLE_BUFFERED;
import static dev.precis.components.sram.SramComponentType.EXTRAPOLATE;
import static dev.precis.components.sram.SramComponentType.PORTS;
import static dev.precis.components.sram.SramComponentType.QUEUE_DEPTH;
import static dev.precis.components.sram.SramComponentType.TECHNOLOGY;
import static dev.precis.components.sram.SramComponentType.WORD_BYTES;

import dev.precis.components.energy.CactiSramTable;
import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of an on-chip SRAM buffer, built only by name from {@link Params} checked against
 * {@link SramComponentType#DESCRIPTOR} (which holds every default and range): a HOCON block and a test's
 * {@link Builder} arrive the same way, so each value is range-checked by its {@link dev.precis.tlm.describe.ParamSpec}
 * and the rules between values are checked once, here, with the rule named. A configuration that exists can be
 * costed: its CACTI 7 figures are looked up when it is built, so a buffer outside the table (unless extrapolation
 * is asked) is refused before any model is made.
 */
public final class SramConfig {

    private final String name;
    private final Map<String, Object> values;
    private final long capacityBytes;
    private final int banks;
    private final int ports;
    private final int wordBytes;
    private final int accessLatencyCycles;
    private final boolean doubleBuffered;
    private final TechnologyNode technology;
    private final long clockHz;
    private final boolean extrapolateEnergy;
    private final int queueDepth;
    private final CactiSramTable.Lookup cacti;

    private SramConfig(String name, Params p) {
        this.name = name;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(p.asMap()));
        this.capacityBytes = p.getBytes(CAPACITY.name());
        this.banks = p.getInt(BANKS.name());
        this.ports = p.getInt(PORTS.name());
        this.wordBytes = p.getInt(WORD_BYTES.name());
        this.accessLatencyCycles = p.getInt(ACCESS_LATENCY.name());
        this.doubleBuffered = p.getBoolean(DOUBLE_BUFFERED.name());
        this.technology = TechnologyNode.parse(p.getString(TECHNOLOGY.name()));
        this.clockHz = p.getFrequencyHz(CLOCK.name());
        this.extrapolateEnergy = p.getBoolean(EXTRAPOLATE.name());
        this.queueDepth = p.getInt(QUEUE_DEPTH.name());

        if (ports > banks) {
            throw rule(p, "ports = " + ports + " > banks = " + banks + " (rule: each bank starts one word access per"
                    + " cycle, so no more than banks accesses can start per cycle)", PORTS, BANKS);
        }
        long bankRow = (long) wordBytes * banks;
        if (capacityBytes % bankRow != 0) {
            throw rule(p, "capacity = " + capacityBytes + " B is not a multiple of banks x wordBytes = " + bankRow
                    + " B (rule: every bank holds the same whole number of words)", CAPACITY, BANKS, WORD_BYTES);
        }
        if (doubleBuffered && (capacityBytes / wordBytes) % 2 != 0) {
            throw rule(p, "capacity = " + capacityBytes + " B holds an odd number of " + wordBytes + "-byte words"
                    + " (rule: a double-buffered capacity splits into two halves of whole words)", CAPACITY,
                    WORD_BYTES, DOUBLE_BUFFERED);
        }
        try {
            this.cacti = CactiSramTable.shipped().lookup(technology, capacityBytes, Math.multiplyExact(wordBytes, 8),
                    banks, extrapolateEnergy ? CactiSramTable.OutOfRange.EXTRAPOLATE : CactiSramTable.OutOfRange.REFUSE);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw rule(p, e.getMessage() + " (set extrapolate = true to cost it anyway)", CAPACITY, WORD_BYTES, BANKS,
                    TECHNOLOGY);
        }
    }

    private SramConfig(SramConfig other, String newName) {
        this.name = newName;
        this.values = other.values;
        this.capacityBytes = other.capacityBytes;
        this.banks = other.banks;
        this.ports = other.ports;
        this.wordBytes = other.wordBytes;
        this.accessLatencyCycles = other.accessLatencyCycles;
        this.doubleBuffered = other.doubleBuffered;
        this.technology = other.technology;
        this.clockHz = other.clockHz;
        this.extrapolateEnergy = other.extrapolateEnergy;
        this.queueDepth = other.queueDepth;
        this.cacti = other.cacti;
    }

    private static ParameterException rule(Params p, String message, ParamSpec... involved) {
        return new ParameterException(p.owner() + ": " + message, Arrays.stream(involved).map(ParamSpec::name).toList());
    }

    /** The buffer {@code name} of parameters already checked against {@link SramComponentType#DESCRIPTOR}. */
    public static SramConfig from(String name, Params params) {
        return new SramConfig(name, params);
    }

    /** A builder for buffer {@code name}, starting from the descriptor's defaults. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A buffer with one port per bank, as the ANT artifact's buffers have, and the descriptor's other defaults
     * (500 MHz, 28 nm, double buffering, 1-cycle access).
     */
    public static SramConfig of(String name, long capacityBytes, int banks, int wordBytes) {
        return builder(name).capacityBytes(capacityBytes).banks(banks).ports(banks).wordBytes(wordBytes).build();
    }

    /** A builder starting from this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.raw.putAll(values);
        // Resolved frequencies are plain hertz; the parameter's text form needs its unit.
        b.raw.put(CLOCK.name(), clockHz + " Hz");
        return b;
    }

    /** The same buffer under another name (errors and reports name it). */
    public SramConfig withName(String newName) {
        return new SramConfig(this, newName);
    }

    /** Every parameter by name, as resolved (defaults included), in descriptor order. */
    public Map<String, Object> values() {
        return values;
    }

    /** Name used in error messages and reports. */
    public String name() {
        return name;
    }

    /** Total capacity (both halves when double-buffered). */
    public long capacityBytes() {
        return capacityBytes;
    }

    /** Independently accessible banks; words interleave across them. */
    public int banks() {
        return banks;
    }

    /** Word accesses the buffer can start per cycle (over all banks). */
    public int ports() {
        return ports;
    }

    /** Bytes per word: the width of one bank access. */
    public int wordBytes() {
        return wordBytes;
    }

    /** Cycles from starting a word access to its data (or write) completing. */
    public int accessLatencyCycles() {
        return accessLatencyCycles;
    }

    /** Split into two halves (ping-pong): one is filled while the other is consumed. */
    public boolean doubleBuffered() {
        return doubleBuffered;
    }

    /** Process node of the energy and area table. */
    public TechnologyNode technology() {
        return technology;
    }

    /** Clock of the buffer, converting leakage power to energy per cycle. */
    public long clockHz() {
        return clockHz;
    }

    public double clockMhz() {
        return clockHz / 1e6;
    }

    /** Whether a buffer outside the CACTI table's range is costed by extrapolation (with a warning). */
    public boolean extrapolateEnergy() {
        return extrapolateEnergy;
    }

    /** Requests held before END_REQ waits (back-pressure). */
    public int queueDepth() {
        return queueDepth;
    }

    /** CACTI 7's figures for this buffer, and what was extrapolated to get them (empty when nothing). */
    public CactiSramTable.Lookup cacti() {
        return cacti;
    }

    /** Bytes one tile may occupy: half the capacity when double-buffered. */
    public long tileCapacityBytes() {
        return doubleBuffered ? capacityBytes / 2 : capacityBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SramConfig other && name.equals(other.name) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        return "SramConfig[" + name + "]" + values;
    }

    /** Sets parameters by their descriptor names and builds through the same checks as every other way in. */
    public static final class Builder {
        private final String name;
        private final Map<String, Object> raw = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets parameter {@code parameter} (a descriptor name such as {@code wordBytes}) to {@code value}. */
        public Builder set(String parameter, Object value) {
            raw.put(parameter, value);
            return this;
        }

        public Builder capacityBytes(long bytes) {
            return set(CAPACITY.name(), bytes);
        }

        public Builder banks(int banks) {
            return set(BANKS.name(), banks);
        }

        public Builder ports(int ports) {
            return set(PORTS.name(), ports);
        }

        public Builder wordBytes(int bytes) {
            return set(WORD_BYTES.name(), bytes);
        }

        public Builder accessLatencyCycles(int cycles) {
            return set(ACCESS_LATENCY.name(), cycles);
        }

        public Builder doubleBuffered(boolean doubleBuffered) {
            return set(DOUBLE_BUFFERED.name(), doubleBuffered);
        }

        public Builder technology(TechnologyNode node) {
            return set(TECHNOLOGY.name(), node.nanometres() + "nm");
        }

        public SramConfig build() {
            return from(name, Params.resolve(SramComponentType.DESCRIPTOR, name, raw));
        }
    }
}
