package dev.precis.sweep.point;

import java.util.List;

/**
 * Evaluates one point. The sweep knows nothing of accelerators beyond this interface: it asks it, before anything
 * runs, whether every name and parameter of the sweep file is known (the checks throw
 * {@link IllegalArgumentException} with a message the sweep file loader prefixes with the file, line and key), then
 * calls {@link #evaluate} once per point, from several threads at once. Implementations are stateless and
 * deterministic: the same point gives the same result on any thread, machine or run.
 */
public interface PointEvaluator {

    /** What computes the numbers, part of every point's key (change it when the numbers would change). */
    String id();

    /** The accelerator names this evaluator runs, for error messages. */
    List<String> accelerators();

    /** Fails unless {@code accelerator} is known. */
    void checkAccelerator(String accelerator);

    /** Fails unless {@code model} runs on {@code accelerator} with {@code quantizer}. */
    void checkModel(String accelerator, String model, String quantizer);

    /** Fails unless {@code quantizer} runs on {@code accelerator}. */
    void checkQuantizer(String accelerator, String quantizer);

    /** The quantizer used when the sweep file lists none. */
    String defaultQuantizer(String accelerator);

    /** Fails unless parameter {@code key} exists on {@code accelerator} and {@code value} is of its type and range. */
    void checkParameter(String accelerator, String key, String value);

    /** Runs the point; any exception is the point's recorded error. */
    PointResult evaluate(Point point);
}
