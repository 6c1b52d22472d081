package dev.precis.sweep.report;

import dev.precis.io.AtomicFile;
import dev.precis.sweep.point.PointOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The sweep's plots, as PNG files beside the results (written atomically): energy against cycles with one series
 * per accelerator and the Pareto front drawn through its points; and the best perf/area of each accelerator per
 * model. Points without energy (or area) are left out of the plot that needs it.
 */
public final class SweepPlots {

    public static final String ENERGY_VS_CYCLES = "energy-vs-cycles.png";
    public static final String PERF_PER_AREA = "perf-per-area.png";

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

    private SweepPlots() {
    }

    /** Writes the plots that have data into {@code dir}; returns the files written. */
    public static List<Path> write(List<PointOutcome> outcomes, Path dir) {
        System.setProperty("java.awt.headless", "true");
        List<PointOutcome.Done> done = new ArrayList<>();
        for (PointOutcome o : outcomes) if (o instanceof PointOutcome.Done d) done.add(d);
        List<Path> written = new ArrayList<>();
        List<PointOutcome.Done> withEnergy = done.stream().filter(d -> d.result().energyPj().isPresent()).toList();
        if (!withEnergy.isEmpty()) {
            written.add(save(energyVsCycles(withEnergy), dir.resolve(ENERGY_VS_CYCLES)));
        }
        List<PointOutcome.Done> withArea = done.stream().filter(d -> d.result().gopsPerMm2().isPresent()).toList();
        if (!withArea.isEmpty()) {
            written.add(save(perfPerArea(withArea), dir.resolve(PERF_PER_AREA)));
        }
        return written;
    }

    private static XYChart energyVsCycles(List<PointOutcome.Done> points) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Energy vs cycles")
                .xAxisTitle("cycles").yAxisTitle("energy (uJ)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        Map<String, List<PointOutcome.Done>> byAccelerator = new TreeMap<>();
        for (PointOutcome.Done d : points) {
            byAccelerator.computeIfAbsent(d.point().accelerator(), k -> new ArrayList<>()).add(d);
        }
        byAccelerator.forEach((name, list) -> chart.addSeries(name, cycles(list), energyUj(list)));
        List<PointOutcome.Done> front = ParetoFront.of(points, d -> d.result().cycles(),
                d -> d.result().energyPj().get().total());
        XYSeries f = chart.addSeries("Pareto front", cycles(front), energyUj(front));
        f.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        f.setMarker(SeriesMarkers.DIAMOND);
        return chart;
    }

    private static CategoryChart perfPerArea(List<PointOutcome.Done> points) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Best perf/area per design")
                .xAxisTitle("accelerator").yAxisTitle("GOP/s per mm2").build();
        Map<String, Map<String, Double>> best = new TreeMap<>();
        List<String> accelerators = new ArrayList<>();
        for (PointOutcome.Done d : points) {
            String acc = d.point().accelerator();
            if (!accelerators.contains(acc)) accelerators.add(acc);
            best.computeIfAbsent(d.point().model(), k -> new TreeMap<>())
                    .merge(acc, d.result().gopsPerMm2().get(), Math::max);
        }
        best.forEach((model, byAcc) -> {
            List<Double> values = new ArrayList<>();
            for (String acc : accelerators) values.add(byAcc.getOrDefault(acc, 0.0));
            chart.addSeries(model, accelerators, values);
        });
        return chart;
    }

    private static double[] cycles(List<PointOutcome.Done> list) {
        return list.stream().mapToDouble(d -> d.result().cycles()).toArray();
    }

    private static double[] energyUj(List<PointOutcome.Done> list) {
        return list.stream().mapToDouble(d -> d.result().energyPj().get().total() / 1e6).toArray();
    }

    private static Path save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path target) {
        AtomicFile.write(target, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        return target;
    }
}
