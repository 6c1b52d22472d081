package dev.precis.cli;

import dev.precis.components.dram.replay.DramTraceReader;
import dev.precis.components.dram.replay.DramTraceSource;
import dev.precis.components.dram.replay.SortedTraceSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Opens a DRAM request trace: streamed in file order (cycles going backwards are an error naming the line), or,
 * with {@code --sort}, read whole and sorted by cycle after checking it fits the heap, with a warning saying how
 * many requests were out of order.
 */
final class TraceInput {
    private TraceInput() {}

    static DramTraceSource open(Path trace, boolean sort, String command, PrintWriter err) throws IOException {
        InputFiles.requireFile(trace);
        if (!sort) return reader(trace, true);
        long requests = 0;
        try (DramTraceReader counting = reader(trace, false)) {
            while (counting.advance()) requests++;
        }
        String what = "--sort of " + trace + " (" + requests + " requests)";
        if (requests > TraceSizeLimits.MAX_ARRAY_ELEMENTS) {
            throw new IllegalArgumentException(what + ": more requests than one Java array holds; sort the file instead");
        }
        MemoryBudget.require(what, MemoryBudget.multiply(what, requests, SortedTraceSource.BYTES_PER_REQUEST));
        SortedTraceSource sorted;
        try (DramTraceReader reader = reader(trace, false)) {
            sorted = SortedTraceSource.read(reader, (int) requests);
        }
        if (sorted.outOfOrder() > 0) {
            err.printf("%s: warning: %s: %,d requests had a cycle before their predecessor's (the first on line %d); "
                    + "replaying the trace sorted by cycle (--sort)%n", command, trace, sorted.outOfOrder(),
                    sorted.firstOutOfOrderLine());
            err.flush();
        }
        return sorted;
    }

    /** Opens the reader; a file that cannot be opened as a trace (a .gz that is not gzip) is named in the error. */
    private static DramTraceReader reader(Path trace, boolean inCycleOrder) throws IOException {
        try {
            return new DramTraceReader(trace, inCycleOrder);
        } catch (java.nio.file.FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalArgumentException(trace + ": cannot read it as a trace: " + e.getMessage(), e);
        }
    }
}
