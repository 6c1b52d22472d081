package dev.precis.validation.ant;

import dev.precis.validation.data.CsvTable;
import dev.precis.validation.data.ReferenceData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ANT artifact's published normalised table (reference/ant/ant_res_published.csv: results/ant_res.csv of
 * clevercool/ANT-Quantization, the paper's Figure 13), by benchmark ("vgg16" ... or "mean") and design label.
 */
final class PublishedAntTable {

    /** Normalised cycles and the four normalised energy parts (static, DRAM, buffer, core). */
    record Row(double cycles, double[] parts) {
    }

    static final String FILE = "ant/ant_res_published.csv";
    static final String[] PARTS = {"static", "dram", "buffer", "core"};

    private final Map<String, Row> rows = new LinkedHashMap<>();

    PublishedAntTable() {
        CsvTable csv = ReferenceData.csv(FILE);
        for (CsvTable.Row r : csv.rows()) {
            double[] parts = new double[PARTS.length];
            for (int i = 0; i < PARTS.length; i++) {
                parts[i] = r.number(PARTS[i]);
            }
            rows.put(r.text("benchmark") + "/" + r.text("design"), new Row(r.number("cycles"), parts));
        }
    }

    /** The published row, or empty where the artifact prints none (BiScaled outside VGG16 and ResNet50). */
    Optional<Row> row(String benchmark, String design) {
        return Optional.ofNullable(rows.get(benchmark + "/" + design));
    }
}
