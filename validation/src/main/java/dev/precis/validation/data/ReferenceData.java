package dev.precis.validation.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The reference figures this module ships (src/main/resources/dev/precis/validation/reference/..., each folder's
 * README naming its source), as paths that work from the class folder and from inside a jar.
 */
public final class ReferenceData {

    private static final String ROOT = "/dev/precis/validation/reference/";

    private ReferenceData() {
    }

    /** The path of a shipped reference file, {@code name} relative to the reference folder. */
    public static Path path(String name) {
        URL url = ReferenceData.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("missing reference data " + ROOT + name + " (the validation jar is incomplete)");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // another file of the same jar opened it first
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open reference data " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    /** The non-blank lines of a shipped text file, {@code #} comment lines dropped. */
    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(path(name), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + name + ": " + e.getMessage(), e);
        }
    }

    /** A shipped CSV file: header and rows, split on commas and trimmed. */
    public static CsvTable csv(String name) {
        List<String> lines = lines(name);
        if (lines.isEmpty()) {
            throw new IllegalStateException("reference data " + name + " is empty");
        }
        return CsvTable.of(name, lines);
    }
}
