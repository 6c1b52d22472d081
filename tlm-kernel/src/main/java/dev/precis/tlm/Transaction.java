package dev.precis.tlm;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The generic payload: one immutable value every component understands (TLM-2.0's tlm_generic_payload),
 * with typed extensions for what is special. Changing a field returns a new transaction, so a transaction in
 * flight on a link can never be altered by its sender, on any engine.
 *
 * <p>The id identifies the transaction across its phases; allocate ids with
 * {@link ComponentContext#newTransactionId()} so they are unique and deterministic.
 */
public final class Transaction {
    private static final Object[] NO_EXTENSIONS = new Object[0];

    private final long id;
    private final Command command;
    private final long address;
    private final long sizeBytes;
    private final ResponseStatus status;
    private final Phase phase;
    private final long delayPs;
    /** Alternating key, value pairs; tiny in practice, so a linear scan beats a map. */
    private final Object[] extensions;

    private Transaction(long id, Command command, long address, long sizeBytes, ResponseStatus status,
                        Phase phase, long delayPs, Object[] extensions) {
        this.id = id;
        this.command = command;
        this.address = address;
        this.sizeBytes = sizeBytes;
        this.status = status;
        this.phase = phase;
        this.delayPs = delayPs;
        this.extensions = extensions;
    }

    /** A new transaction in phase BEGIN_REQ with status INCOMPLETE. */
    public static Transaction of(long id, Command command, long address, long sizeBytes) {
        Objects.requireNonNull(command, "command");
        if (sizeBytes < 0) throw new IllegalArgumentException("transaction " + id + ": negative size " + sizeBytes);
        if (address < 0) throw new IllegalArgumentException("transaction " + id + ": negative address " + address);
        return new Transaction(id, command, address, sizeBytes, ResponseStatus.INCOMPLETE, Phase.BEGIN_REQ, 0,
                NO_EXTENSIONS);
    }

    public static Transaction read(long id, long address, long sizeBytes) {
        return of(id, Command.READ, address, sizeBytes);
    }

    public static Transaction write(long id, long address, long sizeBytes) {
        return of(id, Command.WRITE, address, sizeBytes);
    }

    /** A one-way message (a token, a notification): phase ONE_WAY, nothing outstanding. */
    public static Transaction message(long id) {
        return of(id, Command.MESSAGE, 0, 0).withPhase(Phase.ONE_WAY);
    }

    public long id() { return id; }
    public Command command() { return command; }
    public long address() { return address; }
    public long sizeBytes() { return sizeBytes; }
    public ResponseStatus status() { return status; }
    public Phase phase() { return phase; }
    /** Loosely-timed delay annotation (ps): how long after arrival the response counts as complete. */
    public long delayPs() { return delayPs; }

    public Transaction withPhase(Phase p) {
        Objects.requireNonNull(p, "phase");
        return p == phase ? this : new Transaction(id, command, address, sizeBytes, status, p, delayPs, extensions);
    }

    public Transaction withStatus(ResponseStatus s) {
        Objects.requireNonNull(s, "status");
        return new Transaction(id, command, address, sizeBytes, s, phase, delayPs, extensions);
    }

    /** The same transfer at another size (a codec on the path compresses or expands it); everything else kept. */
    public Transaction withSizeBytes(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("transaction " + id + ": negative size " + bytes);
        return new Transaction(id, command, address, bytes, status, phase, delayPs, extensions);
    }

    public Transaction withDelayPs(long d) {
        if (d < 0) throw new IllegalArgumentException("transaction " + id + ": negative delay annotation " + d);
        return new Transaction(id, command, address, sizeBytes, status, phase, d, extensions);
    }

    /** The response of a loosely-timed request: LT_RESPONSE with the status and the delay annotation. */
    public Transaction ltResponse(ResponseStatus s, long delay) {
        return withPhase(Phase.LT_RESPONSE).withStatus(s).withDelayPs(delay);
    }

    /** Returns a copy carrying {@code value} under {@code key} (replacing a previous value). */
    public <T> Transaction withExtension(ExtensionKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException("extension " + key + " expects " + key.type().getName()
                    + " but got " + value.getClass().getName());
        }
        for (int i = 0; i < extensions.length; i += 2) {
            if (extensions[i] == key) {
                Object[] copy = extensions.clone();
                copy[i + 1] = value;
                return new Transaction(id, command, address, sizeBytes, status, phase, delayPs, copy);
            }
        }
        Object[] copy = Arrays.copyOf(extensions, extensions.length + 2);
        copy[extensions.length] = key;
        copy[extensions.length + 1] = value;
        return new Transaction(id, command, address, sizeBytes, status, phase, delayPs, copy);
    }

    public <T> Optional<T> extension(ExtensionKey<T> key) {
        for (int i = 0; i < extensions.length; i += 2) {
            if (extensions[i] == key) return Optional.of(key.type().cast(extensions[i + 1]));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("tx#").append(id).append(' ').append(command).append(' ').append(phase);
        if (command != Command.MESSAGE) sb.append(" @0x").append(Long.toHexString(address)).append(" ").append(sizeBytes).append("B");
        if (status != ResponseStatus.INCOMPLETE) sb.append(' ').append(status);
        if (delayPs != 0) sb.append(" +").append(SimTime.format(delayPs));
        for (int i = 0; i < extensions.length; i += 2) sb.append(' ').append(extensions[i]).append('=').append(extensions[i + 1]);
        return sb.toString();
    }
}
