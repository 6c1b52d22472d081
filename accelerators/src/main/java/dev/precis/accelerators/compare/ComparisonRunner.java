package dev.precis.accelerators.compare;

import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.DescribedWorkloads;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.Workload;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.NameSuggestions;
import dev.precis.workloads.tracegen.DescribedTrace;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link CompareRequest}: first checks every design's composition and the workload (so bad input fails in
 * a moment, naming the option, before any run starts), then runs each design through {@link AcceleratorRunner} on
 * a fixed pool of {@code threads} threads. Each run is independent and seeded, so the figures do not depend on the
 * thread count or the order the runs end in; the comparison lists them in the order asked for. If a run fails, the
 * runs not yet started are cancelled, the ones under way are let finish (so each removes its temporary trace), and
 * the failure of the first-listed design that failed is thrown.
 */
public final class ComparisonRunner {

    private ComparisonRunner() {
    }

    public static Comparison run(CompareRequest request, CompareProgress progress) {
        check(request);
        List<String> runs = request.runs();
        Map<String, DescribedTrace> described = describeShared(request, progress);
        List<Future<RunReport>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), runs.size()), r -> {
            Thread t = new Thread(r, "compare-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<RunReport> completion = new ExecutorCompletionService<>(pool);
            for (String accelerator : runs) {
                futures.add(completion.submit(() -> {
                    long start = System.nanoTime();
                    RunReport report = AcceleratorRunner.run(request.run(accelerator), RunProgress.NONE, null,
                            described.get(accelerator));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    synchronized (progress) {
                        progress.designDone(done.incrementAndGet(), runs.size(), report, seconds);
                    }
                    return report;
                }));
            }
            for (int i = 0; i < runs.size(); i++) {
                if (outcome(take(completion)) instanceof Throwable) {
                    for (Future<RunReport> f : futures) f.cancel(false);
                    break;
                }
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        List<RunReport> reports = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (outcome(futures.get(i)) instanceof Throwable t) {
                if (t instanceof Error e) throw e;
                throw failure(request, runs.get(i), t);
            }
        }
        for (Future<RunReport> f : futures) reports.add((RunReport) outcome(f));
        RunReport baseline = reports.get(runs.indexOf(request.baseline()));
        return Comparison.of(reports.subList(0, request.accelerators().size()), baseline);
    }

    /**
     * The layers of every design whose replay reads no tile field, described in one pass over the workload
     * ({@link DescribedWorkloads}: each layer's operands drawn once for all, each distinct quantizer setting run
     * once) on the request's threads, keyed by design. The other designs (Drift, Panacea) make their own traces, as
     * do all when the shared pass fails.
     */
    private static Map<String, DescribedTrace> describeShared(CompareRequest request, CompareProgress progress) {
        List<String> designs = new ArrayList<>();
        List<LayerQuantization> quantizations = new ArrayList<>();
        for (String accelerator : request.runs()) {
            Optional<LayerQuantization> q;
            try {
                q = DescribedWorkloads.describable(request.run(accelerator));
            } catch (RuntimeException e) {
                throw failure(request, accelerator, e);
            }
            if (q.isPresent()) {
                designs.add(accelerator);
                quantizations.add(q.get());
            }
        }
        Map<String, DescribedTrace> described = new HashMap<>();
        if (designs.isEmpty()) return described;
        List<DescribedTrace> traces;
        try {
            traces = DescribedWorkloads.describe(request.workload(), request.batch(), request.seed(), quantizations, request.threads(),
                    progress::described);
        } catch (RuntimeException e) {
            // one design's quantizer refused the model (e.g. a precision plan of another length): each design then
            // describes its own layers, so that the failure names the design whose quantizer failed
            return described;
        }
        for (int i = 0; i < designs.size(); i++) described.put(designs.get(i), traces.get(i));
        return described;
    }

    /** Every composition reads and checks, the zoo model exists: before any run, so a typo costs nothing. */
    static void check(CompareRequest request) {
        ComponentRegistry registry = ComponentRegistry.load(ComparisonRunner.class.getClassLoader());
        for (String accelerator : request.runs()) {
            try {
                new Elaborator(Composition.load(accelerator, request.overrides()), registry).check();
            } catch (RuntimeException e) {
                throw failure(request, accelerator, e);
            }
        }
        if (request.workload() instanceof Workload.Model m && !ModelZoo.names().contains(m.name())) {
            throw new IllegalArgumentException("--model: unknown model '" + m.name() + "'"
                    + NameSuggestions.didYouMean(m.name(), ModelZoo.names()) + " (zoo: " + String.join(", ", ModelZoo.names()) + ")");
        }
    }

    /**
     * The failure of {@code accelerator}'s check or run, naming the option that listed it ({@code --baseline} when
     * it is the baseline and not listed, else {@code --accelerators}) and the design unless the message does.
     */
    private static RuntimeException failure(CompareRequest request, String accelerator, Throwable cause) {
        String option = request.accelerators().contains(accelerator) ? "--accelerators" : "--baseline";
        String m = cause.getMessage();
        if (m == null || m.isBlank() || cause instanceof NullPointerException || cause instanceof ClassCastException
                || cause instanceof IndexOutOfBoundsException) {
            return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        if (m.startsWith("--accelerator: ")) m = m.substring("--accelerator: ".length());
        String named = m.contains("'" + accelerator + "'") ? option + ": " + m : option + " " + accelerator + ": " + m;
        return new ComparisonException(named, cause);
    }

    /** A finished run's report or failure; null if it was cancelled before it started. */
    private static Object outcome(Future<RunReport> f) {
        if (f.isCancelled()) return null;
        try {
            return f.get();
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the designs ran", e);
        }
    }

    private static Future<RunReport> take(ExecutorCompletionService<RunReport> completion) {
        try {
            return completion.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the designs ran", e);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // runs under way finish (and remove their temporary traces) before the comparison returns
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A design's check or run failed; the message names the option and the design. */
    public static final class ComparisonException extends RuntimeException {
        ComparisonException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
