package dev.precis.accelerators.compare;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * compare.png: two bar charts side by side, drawn with XChart: each design's cycles over the baseline's, and its
 * energy over the baseline's total, stacked by part (static, DRAM, buffer, core). Drawn in memory (headless), so
 * the caller writes the bytes atomically.
 */
public final class ComparisonChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private ComparisonChart() {
    }

    /** The PNG bytes of both charts, side by side. */
    public static byte[] png(Comparison c) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage cycles = BitmapEncoder.getBufferedImage(cycles(c));
        BufferedImage energy = BitmapEncoder.getBufferedImage(energy(c));
        BufferedImage both = new BufferedImage(cycles.getWidth() + energy.getWidth(),
                Math.max(cycles.getHeight(), energy.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, both.getWidth(), both.getHeight());
            g.drawImage(cycles, 0, 0, null);
            g.drawImage(energy, cycles.getWidth(), 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(both, "png", bytes)) throw new IllegalStateException("no PNG writer in this Java runtime");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the comparison chart: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static CategoryChart cycles(Comparison c) {
        CategoryChart chart = base(c, "Cycles, " + c.model() + " (batch " + c.batch() + ")", "cycles / " + c.baseline());
        chart.addSeries("cycles", names(c), values(c, DesignFigures::cyclesNorm));
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    private static CategoryChart energy(Comparison c) {
        CategoryChart chart = base(c, "Energy, " + c.model() + " (batch " + c.batch() + ")", "energy / " + c.baseline() + " total");
        chart.getStyler().setStacked(true);
        chart.addSeries("static", names(c), values(c, d -> d.energyNorm().staticPj()));
        chart.addSeries("DRAM", names(c), values(c, d -> d.energyNorm().dram()));
        chart.addSeries("buffer", names(c), values(c, d -> d.energyNorm().buffer()));
        chart.addSeries("core", names(c), values(c, d -> d.energyNorm().core()));
        return chart;
    }

    private static CategoryChart base(Comparison c, String title, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("accelerator").yAxisTitle(yTitle).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static List<String> names(Comparison c) {
        return c.designs().stream().map(DesignFigures::accelerator).toList();
    }

    private static List<Double> values(Comparison c, ToDoubleFunction<DesignFigures> f) {
        return c.designs().stream().map(d -> f.applyAsDouble(d)).toList();
    }
}
