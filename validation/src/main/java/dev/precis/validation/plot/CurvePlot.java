package dev.precis.validation.plot;

import java.util.List;

/** Curves over a numeric x axis; a series drawn as points only marks reference measurements. */
public record CurvePlot(String fileName, String title, String xAxis, String yAxis, boolean logY, List<Curve> curves)
        implements Plot {

    /** One curve; {@code pointsOnly} draws markers without a line. */
    public record Curve(String name, List<Double> x, List<Double> y, boolean pointsOnly) {
        public Curve {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (x.size() != y.size() || x.isEmpty()) {
                throw new IllegalArgumentException("curve " + name + ": " + x.size() + " x values, " + y.size() + " y values");
            }
        }
    }

    public CurvePlot {
        Plot.checkedName(fileName);
        curves = List.copyOf(curves);
    }
}
