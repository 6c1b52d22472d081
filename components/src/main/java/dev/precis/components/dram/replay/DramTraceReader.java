package dev.precis.components.dram.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a DRAMSim3-format trace: one request per line, {@code 0xADDR READ|WRITE CYCLE}
 * (hexadecimal address, with or without 0x; decimal cycle). Files ending in {@code .gz}
 * are decompressed. Blank lines are skipped and CRLF line ends accepted; anything else
 * malformed fails with the line number and the field. Cycles must not go backwards (a
 * reader made with {@code inCycleOrder = false} lets them, for {@link SortedTraceSource}),
 * and a trace without a single request is an error, not a report of zeros.
 */
public final class DramTraceReader implements DramTraceSource {

    private final String name;
    private final BufferedReader in;
    private final boolean inCycleOrder;
    private long lineNumber;
    private long requests;
    private long previousLine;
    private long address;
    private boolean write;
    private long cycle;

    public DramTraceReader(Path file) throws IOException {
        this(file, true);
    }

    /** @param inCycleOrder true: a request whose cycle is before the previous request's is an error */
    public DramTraceReader(Path file, boolean inCycleOrder) throws IOException {
        this(file.toString(), open(file), inCycleOrder);
    }

    public DramTraceReader(String name, InputStream in) {
        this(name, in, true);
    }

    public DramTraceReader(String name, InputStream in, boolean inCycleOrder) {
        this.name = name;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
        this.inCycleOrder = inCycleOrder;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return raw;
    }

    @Override
    public boolean advance() {
        String line;
        try {
            do {
                line = in.readLine();
                if (line == null) {
                    if (requests == 0) {
                        throw new DramTraceFormatException(name, 0, "trace",
                                "no requests (the file is empty or holds only blank lines)");
                    }
                    return false;
                }
                lineNumber++;
            } while (line.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(name + " line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
        long previousCycle = cycle;
        parse(line);
        if (inCycleOrder && requests > 0 && cycle < previousCycle) {
            throw new DramTraceFormatException(name, lineNumber, "cycle", "cycle " + cycle + " is before cycle "
                    + previousCycle + " of the request on line " + previousLine + "; requests must be in cycle order "
                    + "(sort the file, or replay it sorted with precis dram --sort)");
        }
        requests++;
        previousLine = lineNumber;
        return true;
    }

    private void parse(String line) {
        int n = line.length();
        int i = skipSpaces(line, 0);
        int start = i;
        i = skipToken(line, i);
        if (start == i) {
            throw new DramTraceFormatException(name, lineNumber, "address", "missing");
        }
        address = parseHex(line, start, i);
        i = skipSpaces(line, i);
        start = i;
        i = skipToken(line, i);
        if (start == i) {
            throw new DramTraceFormatException(name, lineNumber, "operation", "missing (expected READ or WRITE)");
        }
        if (line.startsWith("READ", start) && i - start == 4) {
            write = false;
        } else if (line.startsWith("WRITE", start) && i - start == 5) {
            write = true;
        } else {
            throw new DramTraceFormatException(name, lineNumber, "operation",
                    "'" + line.substring(start, i) + "' is not READ or WRITE");
        }
        i = skipSpaces(line, i);
        start = i;
        i = skipToken(line, i);
        if (start == i) {
            throw new DramTraceFormatException(name, lineNumber, "cycle", "missing");
        }
        cycle = parseDecimal(line, start, i);
        i = skipSpaces(line, i);
        if (i != n) {
            throw new DramTraceFormatException(name, lineNumber, "line", "unexpected text after the cycle: '" + line.substring(i) + "'");
        }
    }

    private long parseHex(String line, int start, int end) {
        int i = start;
        if (end - i > 2 && line.charAt(i) == '0' && (line.charAt(i + 1) == 'x' || line.charAt(i + 1) == 'X')) {
            i += 2;
        }
        if (end - i > 16) {
            throw new DramTraceFormatException(name, lineNumber, "address", "'" + line.substring(start, end) + "' exceeds 64 bits");
        }
        long value = 0;
        for (; i < end; i++) {
            int d = Character.digit(line.charAt(i), 16);
            if (d < 0) {
                throw new DramTraceFormatException(name, lineNumber, "address", "'" + line.substring(start, end) + "' is not hexadecimal");
            }
            value = (value << 4) | d;
        }
        return value;
    }

    private long parseDecimal(String line, int start, int end) {
        if (end - start > 18) {
            throw new DramTraceFormatException(name, lineNumber, "cycle", "'" + line.substring(start, end) + "' is too large");
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw new DramTraceFormatException(name, lineNumber, "cycle", "'" + line.substring(start, end) + "' is not a non-negative integer");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int skipToken(String s, int i) {
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    @Override
    public long address() {
        return address;
    }

    @Override
    public boolean isWrite() {
        return write;
    }

    @Override
    public long cycle() {
        return cycle;
    }

    /** Line number of the current request (1-based). */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
