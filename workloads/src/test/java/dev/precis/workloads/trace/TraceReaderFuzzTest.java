package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutations of a valid trace: whatever the damage, reading ends with the
 * whole file accepted or a {@link TraceFormatException}; never another exception, a hang
 * or an out-of-memory error. Half of the payload mutations re-seal the CRC so that the
 * decoder and validator, not only the checksum, are exercised.
 */
class TraceReaderFuzzTest {

    private static final int ITERATIONS = 2400;

    @TempDir
    Path dir;

    @Test
    void mutatedFilesFailCleanly() throws IOException {
        Path validFile = dir.resolve("valid.trace");
        TraceFixtures.write(validFile);
        byte[] valid = Files.readAllBytes(validFile);
        List<TraceBytes.Frame> frames = TraceBytes.frames(valid);
        RandomGenerator rng = new Well19937c(20240611L);
        Path file = dir.resolve("mutant.trace");
        int rejected = 0;
        int rejectedAfterReseal = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            boolean resealed = false;
            byte[] mutant;
            switch (i % 6) {
                case 0 -> mutant = flipBits(valid, rng);
                case 1 -> mutant = Arrays.copyOf(valid, rng.nextInt(valid.length));
                case 2 -> mutant = insert(valid, rng);
                case 3 -> mutant = delete(valid, rng);
                default -> {
                    mutant = valid.clone();
                    TraceBytes.Frame frame = frames.get(rng.nextInt(frames.size()));
                    if (frame.payloadLength() == 0) {
                        continue;
                    }
                    int hits = 1 + rng.nextInt(3);
                    for (int h = 0; h < hits; h++) {
                        int at = frame.payloadOffset() + rng.nextInt(frame.payloadLength());
                        mutant[at] = (byte) (i % 6 == 4 ? mutant[at] ^ (1 << rng.nextInt(8)) : rng.nextInt(256));
                    }
                    TraceBytes.reseal(mutant, frame);
                    resealed = true;
                }
            }
            try {
                readAll(file, mutant);
            } catch (TraceFormatException expected) {
                rejected++;
                if (resealed) {
                    rejectedAfterReseal++;
                }
            } catch (Throwable other) {
                throw new AssertionError("iteration " + i + ": " + other, other);
            }
        }
        // The in-memory reader is the file reader over another stream; check they agree once.
        Files.write(file, flipBits(valid, rng));
        try (TraceReader r = TraceReader.open(file)) {
            while (r.next() != null) {
                // drain
            }
            throw new AssertionError("a flipped bit was not detected");
        } catch (TraceFormatException expected) {
            rejected++;
        }
        // Unsealed damage is always caught; sealed damage may hit a field with no constraint
        // (a scale's low bits, a statistic value) and legitimately read as a valid trace.
        assertThat(rejected).isGreaterThan(ITERATIONS * 2 / 3);
        assertThat(rejectedAfterReseal).isGreaterThan(ITERATIONS / 6);
    }

    private static void readAll(Path file, byte[] bytes) throws IOException {
        try (TraceReader r = TraceReader.open(file, bytes)) {
            while (r.next() != null) {
                // drain
            }
        }
    }

    private static byte[] flipBits(byte[] valid, RandomGenerator rng) {
        byte[] b = valid.clone();
        int flips = 1 + rng.nextInt(8);
        for (int f = 0; f < flips; f++) {
            int at = rng.nextInt(b.length);
            b[at] ^= (byte) (1 << rng.nextInt(8));
        }
        return b;
    }

    private static byte[] insert(byte[] valid, RandomGenerator rng) {
        int at = rng.nextInt(valid.length + 1);
        int n = 1 + rng.nextInt(16);
        byte[] b = new byte[valid.length + n];
        System.arraycopy(valid, 0, b, 0, at);
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) rng.nextInt(256);
        }
        System.arraycopy(valid, at, b, at + n, valid.length - at);
        return b;
    }

    private static byte[] delete(byte[] valid, RandomGenerator rng) {
        int at = rng.nextInt(valid.length);
        int n = 1 + rng.nextInt(Math.min(16, valid.length - at));
        byte[] b = new byte[valid.length - n];
        System.arraycopy(valid, 0, b, 0, at);
        System.arraycopy(valid, at + n, b, at, valid.length - at - n);
        return b;
    }
}
