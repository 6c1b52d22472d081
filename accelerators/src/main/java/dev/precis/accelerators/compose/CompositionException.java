package dev.precis.accelerators.compose;

import com.typesafe.config.ConfigOrigin;
import dev.precis.tlm.ElaborationException;

/**
 * An error in a composition found before any layer runs, its message one line naming where it is:
 * {@code FILE:LINE: key 'KEY': what is wrong}.
 */
public final class CompositionException extends ElaborationException {

    public CompositionException(ConfigOrigin origin, String key, String message) {
        super(where(origin) + ": key '" + key + "': " + message);
    }

    public CompositionException(String source, String message) {
        super(source + ": " + message);
    }

    /** {@code file:line} of a value (a resource's name for a preset, {@code --set} for an override). */
    static String where(ConfigOrigin origin) {
        if (origin == null) return "(unknown)";
        String file = origin.filename() != null ? origin.filename()
                : origin.resource() != null ? origin.resource() : origin.description().replaceFirst(":\\s*\\d+$", "");
        return origin.lineNumber() > 0 ? file + ":" + origin.lineNumber() : file;
    }
}
