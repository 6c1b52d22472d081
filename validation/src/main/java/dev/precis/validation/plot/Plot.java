package dev.precis.validation.plot;

import java.util.List;

/** A figure of the report, drawn to {@code fileName} (PNG) beside report.md. */
public sealed interface Plot permits BarPlot, CurvePlot {

    String fileName();

    String title();

    /** Checks the file name is a plain PNG name inside the output folder. */
    static String checkedName(String fileName) {
        if (!fileName.matches("[a-z0-9][a-z0-9_.-]*\\.png")) {
            throw new IllegalArgumentException("plot file name must be a lower-case .png name, got " + fileName);
        }
        return fileName;
    }

    /** One named series of a plot. */
    record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }
}
