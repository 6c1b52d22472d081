package dev.precis.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names temporary files {@code .NAME.PID.RANDOM.tmp} after the target and the writing process, so that a later
 * write of the same target can tell a leftover of a killed process (its PID no longer runs) from a write still in
 * progress, and delete only the leftover.
 */
final class StaleTemporaries {
    private static final String SUFFIX = ".tmp";

    private StaleTemporaries() {}

    static String temporaryName(String targetName) {
        return "." + targetName + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + SUFFIX;
    }

    /** Deletes the temporary files of {@code targetName} in {@code dir} whose process has ended. */
    static void remove(Path dir, String targetName) {
        String prefix = "." + targetName + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(SUFFIX);
        })) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                long pid = pidOf(n.substring(prefix.length(), n.length() - SUFFIX.length()));
                if (pid > 0 && !running(pid)) Files.deleteIfExists(entry);
            }
        } catch (IOException | SecurityException ignored) {
            // Best effort: a leftover we cannot list or delete does not stop this write.
        }
    }

    /** The PID of a {@code PID.RANDOM} middle part, or -1 when the name is not one of ours. */
    private static long pidOf(String middle) {
        int dot = middle.indexOf('.');
        if (dot <= 0 || dot == middle.length() - 1) return -1;
        try {
            Long.parseUnsignedLong(middle.substring(dot + 1), 16);
            return Long.parseLong(middle.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
