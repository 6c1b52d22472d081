package dev.precis.validation.report;

import dev.precis.io.AtomicFile;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.ValidationRun;
import dev.precis.validation.plot.Plot;
import dev.precis.validation.plot.PlotRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes validation.json, report.md and the plots into a folder, each file atomically ({@link AtomicFile}): a
 * reader sees a previous complete file or the new complete one. Plots are drawn before anything is written, so a
 * failure to draw leaves the folder as it was.
 */
public final class ReportWriter {

    public static final String JSON = "validation.json";
    public static final String MARKDOWN = "report.md";

    private ReportWriter() {
    }

    /** Writes the report files and returns their paths, in the order written. */
    public static List<Path> write(Path dir, ValidationRun run, String command) {
        List<Plot> plots = new ArrayList<>();
        Set<String> names = new HashSet<>(List.of(JSON, MARKDOWN));
        for (ExperimentResult r : run.results()) {
            for (Plot p : r.plots()) {
                if (!names.add(p.fileName())) {
                    throw new IllegalStateException("two report files named " + p.fileName());
                }
                plots.add(p);
            }
        }
        List<byte[]> images = plots.stream().map(PlotRenderer::png).toList();
        String json = ValidationJson.of(run);
        String markdown = ReportMarkdown.of(run, command);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < plots.size(); i++) {
            byte[] png = images.get(i);
            written.add(write(dir.resolve(plots.get(i).fileName()), png));
        }
        written.add(write(dir.resolve(JSON), json.getBytes(StandardCharsets.UTF_8)));
        written.add(write(dir.resolve(MARKDOWN), markdown.getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    private static Path write(Path target, byte[] bytes) {
        AtomicFile.write(target, out -> out.write(bytes));
        return target;
    }
}
