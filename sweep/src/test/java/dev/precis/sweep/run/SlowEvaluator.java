package dev.precis.sweep.run;

import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointResult;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The standard evaluator with a pause before each point (so that a test can kill a process mid-point), and an
 * optional failure for points setting {@code failKey=failValue}. Same id: the numbers are the standard's.
 */
public final class SlowEvaluator implements PointEvaluator {

    /** What a holding evaluator prints on stderr, followed by the point's label, when it starts to hold a point. */
    public static final String HOLDING = "slow evaluator: holding point ";

    private final PointEvaluator inner;
    private final long delayMs;
    private final String failKey;
    private final String failValue;
    private final int holdAfter;
    private final AtomicInteger evaluations = new AtomicInteger();

    private SlowEvaluator(PointEvaluator inner, long delayMs, String failKey, String failValue, int holdAfter) {
        this.inner = inner;
        this.delayMs = delayMs;
        this.failKey = failKey;
        this.failValue = failValue;
        this.holdAfter = holdAfter;
    }

    public SlowEvaluator(PointEvaluator inner, long delayMs, String failKey, String failValue) {
        this(inner, delayMs, failKey, failValue, -1);
    }

    public SlowEvaluator(PointEvaluator inner, long delayMs) {
        this(inner, delayMs, null, null, -1);
    }

    /**
     * Evaluates the first {@code holdAfter} points and holds every later one until the process is killed, so a
     * test can kill it with a known number of points recorded, whatever the machine's speed.
     */
    public static SlowEvaluator holdingAfter(PointEvaluator inner, long delayMs, int holdAfter) {
        return new SlowEvaluator(inner, delayMs, null, null, holdAfter);
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public List<String> accelerators() {
        return inner.accelerators();
    }

    @Override
    public void checkAccelerator(String accelerator) {
        inner.checkAccelerator(accelerator);
    }

    @Override
    public void checkModel(String accelerator, String model, String quantizer) {
        inner.checkModel(accelerator, model, quantizer);
    }

    @Override
    public void checkQuantizer(String accelerator, String quantizer) {
        inner.checkQuantizer(accelerator, quantizer);
    }

    @Override
    public String defaultQuantizer(String accelerator) {
        return inner.defaultQuantizer(accelerator);
    }

    @Override
    public void checkParameter(String accelerator, String key, String value) {
        inner.checkParameter(accelerator, key, value);
    }

    @Override
    public PointResult evaluate(Point point) {
        try {
            if (holdAfter >= 0 && evaluations.incrementAndGet() > holdAfter) {
                // Held until the test kills this process; the bound only ends an orphan if the test died first.
                // The line tells a test watching the process's log that a point is now held.
                System.err.println(HOLDING + point.label());
                new CountDownLatch(1).await(10, TimeUnit.MINUTES);
                throw new IllegalStateException("held point " + point + " was never killed");
            }
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failKey != null && failValue.equals(point.parameters().get(failKey))) {
            throw new IllegalArgumentException("test failure for " + failKey + "=" + failValue);
        }
        return inner.evaluate(point);
    }
}
