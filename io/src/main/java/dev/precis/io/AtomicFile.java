package dev.precis.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a partial file: the
 * content goes to a hidden temporary file beside the target ({@code .NAME.PID.RANDOM.tmp}), which is forced to
 * disk and renamed over the target. The one way Precis writes a result file.
 * <ul>
 *   <li>The temporary file is created with the default permissions, so the result gets the user's umask.</li>
 *   <li>An unfinished write leaves nothing behind: a failure or {@link Pending#close()} deletes the temporary
 *       file, and so does Ctrl-C (a shutdown hook deletes every temporary file still in flight). A write killed
 *       outright (SIGKILL) leaves its temporary file, which the next write of the same target removes once the
 *       process that made it has gone.</li>
 *   <li>Errors are {@link OutputFileException}s naming the target and the reason, never the temporary file.</li>
 * </ul>
 */
public final class AtomicFile {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code target} in one go. An I/O failure is an {@link UncheckedIOException} whose cause is an
     * {@link OutputFileException} with the same message.
     */
    public static void write(Path target, Content content) {
        try (Pending pending = open(target)) {
            OutputStream out = new BufferedOutputStream(pending.stream(), 1 << 16);
            try {
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new OutputFileException(target, OutputFileException.reason(e), e);
            }
            pending.commit();
        } catch (OutputFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Starts a write of {@code target} that a streaming writer fills and then {@link Pending#commit()}s. */
    public static Pending open(Path target) throws OutputFileException {
        Path absolute = target.toAbsolutePath().normalize();
        OutputTarget.prepare(target, absolute);
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        StaleTemporaries.remove(dir, name);
        Path temp = dir.resolve(StaleTemporaries.temporaryName(name));
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputFileException(target, OutputFileException.reason(e), e);
        }
        InFlightTemporaries.add(temp);
        return new Pending(target, absolute, temp, channel);
    }

    /** A write in progress: its bytes go to the temporary file until {@link #commit()}. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path absolute;
        private final Path temp;
        private final FileChannel channel;
        private boolean done;

        private Pending(Path target, Path absolute, Path temp, FileChannel channel) {
            this.target = target;
            this.absolute = absolute;
            this.temp = temp;
            this.channel = channel;
        }

        /** The target as the caller named it. */
        public Path target() {
            return target;
        }

        /** The channel of the temporary file. */
        public FileChannel channel() {
            return channel;
        }

        /** An unbuffered stream onto {@link #channel()}; closing it closes the channel. */
        public OutputStream stream() {
            return Channels.newOutputStream(channel);
        }

        /**
         * Forces the written bytes to disk and renames the temporary file onto the target. The caller flushes its
         * own buffers first.
         */
        public void commit() throws OutputFileException {
            if (done) throw new IllegalStateException("write of " + target + " already finished");
            try {
                if (channel.isOpen()) {
                    channel.force(true);
                    channel.close();
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
                InFlightTemporaries.remove(temp);
            } catch (IOException e) {
                discard();
                throw new OutputFileException(target, OutputFileException.reason(e), e);
            }
        }

        /** Deletes the temporary file unless the write was committed. */
        @Override
        public void close() {
            if (!done) discard();
        }

        private void discard() {
            done = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // The temporary file is deleted below; a failure to close it changes nothing for the user.
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Left for the next write of this target to remove (see StaleTemporaries).
            }
            InFlightTemporaries.remove(temp);
        }
    }
}
