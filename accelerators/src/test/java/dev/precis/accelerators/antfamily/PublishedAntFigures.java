package dev.precis.accelerators.antfamily;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The artifact's published normalised table (test resource ant/ant_res_published.csv). */
final class PublishedAntFigures {

    /** One published cell group: normalised cycles and the four normalised energy parts. */
    record Row(double cycles, double staticEnergy, double dram, double buffer, double core) {
        double part(int i) {
            return switch (i) {
                case 0 -> staticEnergy;
                case 1 -> dram;
                case 2 -> buffer;
                default -> core;
            };
        }
    }

    private static final Map<String, Row> ROWS = load();

    private PublishedAntFigures() {
    }

    /** The published row of {@code benchmark} ("vgg16" ... or "mean") and design label, or null if not published. */
    static Row row(String benchmark, String design) {
        return ROWS.get(benchmark + "/" + design);
    }

    private static Map<String, Row> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = PublishedAntFigures.class.getResourceAsStream("/ant/ant_res_published.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                rows.put(f[0] + "/" + f[1], new Row(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
