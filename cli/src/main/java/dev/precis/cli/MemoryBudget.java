package dev.precis.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Refuses a run whose estimated heap need exceeds the heap left, before anything is built, with one line naming
 * the parameter, the estimate, the heap available and how to raise it; and does size arithmetic exactly, naming
 * the option whose value overflowed. A command estimates from its parameters (for example components times bytes
 * per component) and calls {@link #require}; {@link #outOfMemory} words the last-resort message when an estimate
 * was too low.
 */
final class MemoryBudget {
    private static final long GIB = 1L << 30;

    private MemoryBudget() {}

    /**
     * Fails when {@code estimatedBytes} exceed the heap still free.
     *
     * @param what the parameter(s) the need comes from, as the user wrote them ({@code "--components 1000000000"})
     */
    static void require(String what, long estimatedBytes) {
        long available = availableBytes();
        if (estimatedBytes <= available) return;
        String start = what + " needs about " + format(estimatedBytes) + " of heap (estimated), more than the "
                + format(available) + " available";
        long physical = physicalMemoryBytes();
        if (physical > 0 && estimatedBytes > physical) {
            throw new IllegalArgumentException(start + " and more than this machine's " + format(physical)
                    + " of memory; use a smaller value");
        }
        throw new IllegalArgumentException(start + "; use a smaller value, or raise the limit with PRECIS_JAVA_OPTS=-Xmx"
                + suggestedLimit(estimatedBytes));
    }

    /** {@code a × b} for sizes; an overflow names {@code what} (the options multiplied) instead of "integer overflow". */
    static long multiply(String what, long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " is too large: " + a + " × " + b + " exceeds " + Long.MAX_VALUE);
        }
    }

    /** {@code a + b} for sizes, with the same reporting as {@link #multiply}. */
    static long add(String what, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " is too large: " + a + " + " + b + " exceeds " + Long.MAX_VALUE);
        }
    }

    /** The message for an OutOfMemoryError that no estimate caught. */
    static String outOfMemory(OutOfMemoryError e) {
        Runtime rt = Runtime.getRuntime();
        if (e.getMessage() != null && e.getMessage().contains("array size")) {
            return "out of memory: one array would exceed the JVM's limit of 2^31 elements; a size parameter is too large";
        }
        return "out of memory: the run needed more than the Java heap limit of " + format(rt.maxMemory())
                + "; use smaller sizes, or raise the limit with PRECIS_JAVA_OPTS=-Xmx" + suggestedLimit(2 * rt.maxMemory());
    }

    /** Heap the JVM may still allocate: its limit less what is in use now. */
    static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** "1.5 GiB", "320 MiB". */
    static String format(long bytes) {
        if (bytes >= GIB) return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
        return String.format(Locale.ROOT, "%d MiB", Math.max(1, (bytes + (1 << 20) - 1) >> 20));
    }

    /** An -Xmx value (whole GiB) covering what is in use plus {@code bytes}, with a quarter to spare. */
    private static String suggestedLimit(long bytes) {
        Runtime rt = Runtime.getRuntime();
        double need = (rt.totalMemory() - rt.freeMemory()) + 1.25 * bytes;
        return (long) Math.ceil(need / GIB) + "g";
    }

    /** RAM of this machine, or 0 when the JVM does not say. */
    private static long physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
