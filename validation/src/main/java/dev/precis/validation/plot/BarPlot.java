package dev.precis.validation.plot;

import java.util.List;

/** Grouped bars: one group per category, one bar per series (typically "published" and "Precis"). */
public record BarPlot(String fileName, String title, String yAxis, List<String> categories, List<Plot.Series> series)
        implements Plot {

    public BarPlot {
        Plot.checkedName(fileName);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Plot.Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(fileName + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
