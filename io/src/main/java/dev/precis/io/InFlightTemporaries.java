package dev.precis.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of writes not yet committed, deleted by a shutdown hook if the JVM exits first (Ctrl-C,
 * SIGTERM, System.exit). Process-wide by nature: a signal ends the whole process, whichever thread was writing.
 */
final class InFlightTemporaries {
    private static final Set<Path> PATHS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private InFlightTemporaries() {}

    static void add(Path temp) {
        hookOnce();
        PATHS.add(temp);
    }

    static void remove(Path temp) {
        PATHS.remove(temp);
    }

    /** Temporary files in flight now (tests). */
    static Set<Path> snapshot() {
        return Set.copyOf(PATHS);
    }

    private static void hookOnce() {
        if (hooked) return;
        synchronized (InFlightTemporaries.class) {
            if (hooked) return;
            Runtime.getRuntime().addShutdownHook(new Thread(InFlightTemporaries::deleteAll, "precis-delete-temporaries"));
            hooked = true;
        }
    }

    static void deleteAll() {
        for (Path p : PATHS) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // The process is ending; a later write of the same target removes what is left.
            }
        }
        PATHS.clear();
    }
}
