package dev.precis.validation.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link Plot} as PNG bytes with XChart (headless: no display is needed). */
public final class PlotRenderer {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;

    private PlotRenderer() {
    }

    public static byte[] png(Plot plot) {
        System.setProperty("java.awt.headless", "true");
        try {
            if (plot instanceof BarPlot b) {
                return BitmapEncoder.getBitmapBytes(bars(b), BitmapEncoder.BitmapFormat.PNG);
            }
            return BitmapEncoder.getBitmapBytes(curves((CurvePlot) plot), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + plot.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static CategoryChart bars(BarPlot b) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(b.title())
                .yAxisTitle(b.yAxis()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisLabelRotation(b.categories().size() > 5 ? 45 : 0);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        for (Plot.Series s : b.series()) {
            chart.addSeries(s.name(), b.categories(), s.values());
        }
        return chart;
    }

    private static XYChart curves(CurvePlot c) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(c.title()).xAxisTitle(c.xAxis())
                .yAxisTitle(c.yAxis()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisLogarithmic(c.logY());
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        for (CurvePlot.Curve curve : c.curves()) {
            XYSeries s = chart.addSeries(curve.name(), curve.x(), curve.y());
            if (curve.pointsOnly()) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.DIAMOND);
            } else {
                s.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return chart;
    }
}
