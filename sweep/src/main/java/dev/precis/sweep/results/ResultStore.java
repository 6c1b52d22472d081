package dev.precis.sweep.results;

import dev.precis.io.AtomicFile;
import dev.precis.sweep.point.PointOutcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result files of a sweep directory: results.jsonl (the record of truth, one JSON object per finished point)
 * and results.csv (the same rows as a table). A point is appended to results.jsonl first, then to results.csv,
 * each with one forced write, and never twice: {@link #record} refuses a key already there.
 *
 * <p>Opening resumes: a torn last line of either file (a kill mid-append) is cut off, and points that reached
 * results.jsonl but not results.csv (a kill between the two appends) are appended to results.csv, so the two
 * files always end holding the same points.
 */
public final class ResultStore implements Closeable {

    public static final String JSONL = "results.jsonl";
    public static final String CSV = "results.csv";

    private final AppendLog jsonl;
    private final AppendLog csv;
    private final CsvRows rows;
    private final String precisVersion;
    private final String evaluatorId;
    private final Map<String, PointOutcome> outcomes = new LinkedHashMap<>();

    private ResultStore(AppendLog jsonl, AppendLog csv, CsvRows rows, String precisVersion, String evaluatorId) {
        this.jsonl = jsonl;
        this.csv = csv;
        this.rows = rows;
        this.precisVersion = precisVersion;
        this.evaluatorId = evaluatorId;
    }

    /**
     * Opens {@code dir}'s result files for a sweep with these parameter columns, creating them if missing.
     *
     * @throws IllegalArgumentException if results.csv has other columns (another sweep's directory) or a file holds
     *                                  a line that is not a result record
     */
    public static ResultStore open(Path dir, List<String> parameterKeys, String precisVersion, String evaluatorId) {
        CsvRows rows = new CsvRows(parameterKeys);
        Path csvPath = dir.resolve(CSV);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(csvPath) || Files.size(csvPath) == 0) {
                AtomicFile.write(csvPath, out -> out.write(rows.header().getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the result files: " + e.getMessage(), e);
        }
        AppendLog csv = AppendLog.open(csvPath);
        AppendLog jsonl = AppendLog.open(dir.resolve(JSONL));
        ResultStore store = new ResultStore(jsonl, csv, rows, precisVersion, evaluatorId);
        try {
            store.load();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void load() {
        List<String> csvLines = csv.records();
        String header = rows.header();
        if (csvLines.isEmpty() || !(csvLines.get(0) + "\n").equals(header)) {
            throw new IllegalArgumentException(csv.path() + ": its columns are not this sweep's (" + header.strip()
                    + "); it holds another sweep's results: choose another --out directory");
        }
        List<String> lines = jsonl.records();
        for (int i = 0; i < lines.size(); i++) {
            PointOutcome o;
            try {
                o = OutcomeJson.fromJson(lines.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(jsonl.path() + " line " + (i + 1) + ": not a result record: "
                        + e.getMessage());
            }
            if (outcomes.putIfAbsent(o.key(), o) != null) {
                throw new IllegalArgumentException(jsonl.path() + " line " + (i + 1) + ": point " + o.key()
                        + " is recorded twice (the file was edited by hand)");
            }
        }
        Set<String> inCsv = new HashSet<>();
        for (int i = 1; i < csvLines.size(); i++) {
            String key = CsvRows.keyOf(csvLines.get(i));
            if (!outcomes.containsKey(key)) {
                throw new IllegalArgumentException(csv.path() + " line " + (i + 1) + ": point " + key
                        + " is not in " + JSONL + " (the files were edited by hand)");
            }
            inCsv.add(key);
        }
        for (PointOutcome o : outcomes.values()) {
            if (!inCsv.contains(o.key())) csv.append(rows.row(o));
        }
    }

    public synchronized boolean isRecorded(String key) {
        return outcomes.containsKey(key);
    }

    /** Appends a finished point to both files; false (and nothing written) if its key is already recorded. */
    public synchronized boolean record(PointOutcome o) {
        if (outcomes.containsKey(o.key())) return false;
        jsonl.append(OutcomeJson.toJson(o, precisVersion, evaluatorId) + "\n");
        csv.append(rows.row(o));
        outcomes.put(o.key(), o);
        return true;
    }

    /** Every recorded point by key, in file order. */
    public synchronized Map<String, PointOutcome> outcomes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    @Override
    public synchronized void close() {
        jsonl.close();
        csv.close();
    }
}
