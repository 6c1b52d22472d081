package dev.precis.sweep.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of newline-terminated records that only grows by whole records. Each record is appended with one write
 * and forced to disk before {@link #append} returns, so a kill at any moment leaves every earlier record intact and
 * at most the last one torn (without its newline); {@link #open} cuts such a torn tail off before appending more.
 */
final class AppendLog implements Closeable {

    private final Path path;
    private final FileChannel channel;

    private AppendLog(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Opens (creating it empty if missing) and cuts a torn last record. */
    static AppendLog open(Path path) {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            long complete = completeLength(ch);
            if (complete < ch.size()) {
                ch.truncate(complete);
                ch.force(true);
            }
            ch.position(ch.size());
            return new AppendLog(path, ch);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot open for appending: " + e.getMessage(), e);
        }
    }

    /** Every complete record, without its newline. */
    List<String> records() {
        try {
            List<String> out = new ArrayList<>();
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int start = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                out.add(text.substring(start, nl));
                start = nl + 1;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Appends one record (which must end in its only newline) with one write, then forces it to disk. */
    void append(String record) {
        if (record.isEmpty() || record.indexOf('\n') != record.length() - 1) {
            throw new IllegalArgumentException("a record is one line ending in a newline");
        }
        ByteBuffer bytes = ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot append: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot close: " + e.getMessage(), e);
        }
    }

    /** Length of the file up to and including its last newline. */
    private static long completeLength(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1 << 16);
        long end = size;
        while (end > 0) {
            int n = (int) Math.min(one.capacity(), end);
            one.clear().limit(n);
            ch.read(one, end - n);
            for (int i = n - 1; i >= 0; i--) {
                if (one.get(i) == '\n') return end - n + i + 1;
            }
            end -= n;
        }
        return 0;
    }
}
