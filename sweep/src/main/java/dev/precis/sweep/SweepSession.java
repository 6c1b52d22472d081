package dev.precis.sweep;

import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointKey;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.report.SweepPlots;
import dev.precis.sweep.report.SweepReport;
import dev.precis.sweep.results.ResultStore;
import dev.precis.sweep.run.SweepListener;
import dev.precis.sweep.run.SweepRunner;
import dev.precis.sweep.run.SweepTally;
import dev.precis.sweep.spec.SweepFile;
import dev.precis.sweep.spec.SweepPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code precis sweep}: checks the sweep file (nothing runs if it is bad), opens (or resumes) the result
 * directory, runs the points locally or as a cluster coordinator, and ends with the summary table and the plots
 * of every point of the sweep recorded so far.
 */
public final class SweepSession {

    /**
     * What the command was asked.
     *
     * @param jobs             local workers (cluster coordinator: workers beside the cluster's, 0 for none)
     * @param clusterSeed      run as the coordinator bound to this address, the cluster's seed node
     * @param downAfterSeconds (cluster) how long a silent worker stays unreachable before its point is re-run
     */
    public record Options(Path file, Path out, int jobs, Optional<HostPort> clusterSeed, int downAfterSeconds) {

        public Options {
            if (jobs < 0 || jobs == 0 && clusterSeed.isEmpty()) {
                throw new IllegalArgumentException("--jobs must be >= 1" + (clusterSeed.isEmpty() ? "" : " (or 0 with "
                        + "--cluster-seed)") + ", got " + jobs);
            }
            if (downAfterSeconds < 1) throw new IllegalArgumentException("--down-after must be >= 1 s");
        }
    }

    /** How the sweep ended, and its report (summary table, files, plots). */
    public record Result(SweepPlan plan, SweepTally tally, SweepReport report) {
    }

    private SweepSession() {
    }

    public static Result run(Options o, PointEvaluator evaluator, SweepListener listener) {
        SweepPlan plan = SweepFile.load(o.file(), evaluator);
        String version = PrecisVersion.get();
        try (ResultStore store = ResultStore.open(o.out(), plan.parameterKeys(), version, evaluator.id())) {
            SweepTally tally = o.clusterSeed().isPresent()
                    ? SweepRunner.coordinator(plan.points(), store, evaluator, version, o.clusterSeed().get().host(),
                            o.clusterSeed().get().port(), o.jobs(), o.downAfterSeconds(), listener)
                    : SweepRunner.local(plan.points(), store, evaluator, version, o.jobs(), listener);
            List<PointOutcome> outcomes = recorded(plan, store.outcomes(), version, evaluator.id());
            List<Path> plots = SweepPlots.write(outcomes, o.out());
            return new Result(plan, tally, new SweepReport(outcomes, tally, o.out(), plots, version, evaluator.id()));
        }
    }

    /** The sweep's recorded points, in the plan's order (a directory may hold points of earlier sweep files too). */
    static List<PointOutcome> recorded(SweepPlan plan, Map<String, PointOutcome> all, String version, String evaluatorId) {
        List<PointOutcome> out = new ArrayList<>();
        for (Point p : plan.points()) {
            PointOutcome o = all.get(PointKey.of(p, version, evaluatorId));
            if (o != null) out.add(o);
        }
        return out;
    }
}
