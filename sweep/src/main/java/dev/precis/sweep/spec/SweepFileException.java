package dev.precis.sweep.spec;

/** A sweep file that cannot run, named by file, line and key; thrown before any point runs. */
public final class SweepFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SweepFileException(String where, String key, String message) {
        super(where + ": " + (key.isEmpty() ? "" : "key '" + key + "': ") + message);
    }
}
